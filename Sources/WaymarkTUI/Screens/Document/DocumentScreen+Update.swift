import WaymarkCore
import WaymarkCurriculum

extension DocumentScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        if reader.scroll(command, page: Self.bodyHeight(app)) {
            refresh(app)
            return []
        }
        guard command == .nextCard || command == .previousCard else { return [] }
        let cards = kind.cards(app)
        let target = index + (command == .nextCard ? 1 : -1)
        guard cards.indices.contains(target) else {
            let end = command == .nextCard ? "last" : "first"
            return [.message("This is the \(end) \(kind.singular).", isError: false)]
        }
        self = DocumentScreen(kind: kind, sequence: cards.map(\.id), index: target, file: cards[target].file)
        refresh(app)
        return DocumentReader.arrival(reader.file, app)
    }

    mutating func refresh(_ app: AppContext) {
        reader.refresh(app, page: Self.bodyHeight(app))
    }
}
