import WaymarkCore
import WaymarkCurriculum

extension ReferenceListScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let cards = kind.cards(app)
        if cursor.move(command, count: cards.count, page: ListCursor.page(app)) { return [] }
        guard command == .open else { return [] }
        return DocumentScreen.open(kind, cards: cards, index: cursor.index, app)
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: kind.cards(app).count)
    }
}
