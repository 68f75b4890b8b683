import WaymarkCore
import WaymarkCurriculum

extension PatternCardScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        if reader.scroll(command, page: Self.bodyHeight(app)) {
            refresh(app)
            return []
        }
        guard let pattern = pattern(app) else { return [] }
        switch command {
        case .nextCard, .previousCard:
            let target = index + (command == .nextCard ? 1 : -1)
            guard sequence.indices.contains(target),
                let next = Self.card(sequence[target], in: sequence, app)
            else {
                let end = command == .nextCard ? "last" : "first"
                return [.message("This is the \(end) card here.", isError: false)]
            }
            self = next
            refresh(app)
            return DocumentReader.arrival(reader.file, app)
        case .nextRelated:
            guard !pattern.related.isEmpty else {
                return [.message("This card names no related patterns.", isError: false)]
            }
            relatedIndex = (relatedIndex + 1) % pattern.related.count
            return []
        case .open:
            guard pattern.related.indices.contains(relatedIndex) else {
                return [.message("This card names no related patterns.", isError: false)]
            }
            let catalog = PatternCatalogScreen.order(app).map(\.id)
            return Self.open(pattern.related[relatedIndex], in: catalog, app)
        case .openLesson:
            let lessons = Self.lessons(of: pattern, app)
            guard let first = lessons.first else {
                return [.message("No lesson in this course teaches this pattern in depth.", isError: false)]
            }
            return LessonScreen.open(first, in: lessons, app)
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        let related = pattern(app)?.related.count ?? 0
        relatedIndex = min(max(0, relatedIndex), max(0, related - 1))
        reader.refresh(app, page: Self.bodyHeight(app), preamble: header(app).count)
    }
}
