import WaymarkCore
import WaymarkCurriculum

/// One cheat sheet or recipe card, read like a lesson; ] and [ walk the others of
/// its kind.
public struct DocumentScreen: Sendable, Equatable {
    public let kind: ReferenceCardKind
    /// The cards ] and [ walk, by id, and where in them this one is.
    public let sequence: [String]
    public let index: Int
    var reader: DocumentReader

    /// `file` is the card's file: the reader needs it before the card is looked up.
    init(kind: ReferenceCardKind, sequence: [String], index: Int, file: String) {
        self.kind = kind
        self.sequence = sequence
        self.index = index
        reader = DocumentReader(file: file)
    }

    public var cardID: String { sequence[index] }

    func card(_ app: AppContext) -> ReferenceCard? { kind.cards(app).first { $0.id == cardID } }

    /// What opening the card at `index` of `cards` asks of the root.
    static func open(_ kind: ReferenceCardKind, cards: [ReferenceCard], index: Int, _ app: AppContext) -> [Outcome] {
        guard cards.indices.contains(index) else { return [] }
        let screen = DocumentScreen(kind: kind, sequence: cards.map(\.id), index: index, file: cards[index].file)
        return [.push(.document(screen))] + DocumentReader.arrival(screen.reader.file, app)
    }

    /// Rows the body gets below the title and summary lines.
    static func bodyHeight(_ app: AppContext) -> Int { max(1, app.bodyHeight - 3) }
}

extension DocumentScreen: ScreenModel {
    var title: String { kind == .cheatSheet ? "Cheat sheet" : "Recipe card" }
    var screen: Screen { .document(self) }

    func subtitle(_ app: AppContext) -> String? { card(app)?.title }
}
