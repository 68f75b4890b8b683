import WaymarkCore
import WaymarkCurriculum

extension PatternCatalogScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let shown = patterns(app)
        if cursor.move(command, count: shown.count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard shown.indices.contains(cursor.index) else { return [] }
            return PatternCardScreen.open(shown[cursor.index].id, in: shown.map(\.id), app)
        case .lawFilter:
            // All laws, then each law in turn, then all again.
            let laws = Self.laws(app)
            let next = law.flatMap(laws.firstIndex(of:)).map { $0 + 1 } ?? 0
            let selected = shown.indices.contains(cursor.index) ? shown[cursor.index].id : nil
            law = laws.indices.contains(next) ? laws[next] : nil
            // Stay on the same card when it is still shown.
            cursor.index = patterns(app).firstIndex { $0.id == selected } ?? 0
            return []
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: patterns(app).count)
    }
}
