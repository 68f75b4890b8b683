import WaymarkCore
import WaymarkCurriculum

/// One pattern card: what it is linked to (laws, related patterns, lessons, with
/// read marks) above its body, read like a lesson. ] and [ walk the catalog, r and
/// Enter follow a related pattern, l opens the lesson that teaches it.
public struct PatternCardScreen: Sendable, Equatable {
    /// The cards ] and [ walk, by id, and where in them this one is.
    public let sequence: [String]
    public let index: Int
    /// The related pattern Enter opens, as a position in the card's `related`.
    public var relatedIndex = 0
    var reader: DocumentReader

    /// `file` is the card's file: the reader needs it before the card is looked up.
    init(sequence: [String], index: Int, file: String) {
        self.sequence = sequence
        self.index = index
        reader = DocumentReader(file: file)
    }

    public var patternID: String { sequence[index] }

    func pattern(_ app: AppContext) -> Pattern? { app.curriculum.reference.pattern(id: patternID) }

    /// What opening the card `id` from a screen asks of the root; ] and [ then walk
    /// `sequence` (the card alone when it is not in it).
    static func open(_ id: String, in sequence: [String], _ app: AppContext) -> [Outcome] {
        guard let screen = card(id, in: sequence, app) else {
            return [.message("There is no pattern card '\(id)' in this course.", isError: true)]
        }
        return [.push(.patternCard(screen))] + DocumentReader.arrival(screen.reader.file, app)
    }

    static func card(_ id: String, in sequence: [String], _ app: AppContext) -> PatternCardScreen? {
        guard let pattern = app.curriculum.reference.pattern(id: id) else { return nil }
        let list = sequence.contains(id) ? sequence : [id]
        return PatternCardScreen(sequence: list, index: list.firstIndex(of: id) ?? 0, file: pattern.file)
    }

    /// The lessons that teach the pattern and exist in this course.
    static func lessons(of pattern: Pattern, _ app: AppContext) -> [String] {
        pattern.lessons.filter { app.curriculum.lessons[$0] != nil }
    }

    /// Rows the header and body get below the name line and a blank.
    static func bodyHeight(_ app: AppContext) -> Int { max(1, app.bodyHeight - 2) }
}

extension PatternCardScreen: ScreenModel {
    var title: String { "Pattern" }
    var screen: Screen { .patternCard(self) }

    func subtitle(_ app: AppContext) -> String? { pattern(app)?.name }
}
