import WaymarkCore
import WaymarkCurriculum

/// Every glossary term, alphabetically, with its definition and what teaches it;
/// Enter opens the first lesson or pattern it links to.
public struct GlossaryScreen: Sendable, Equatable {
    var cursor = ListCursor()
    /// Every entry wrapped for one window width, kept so that moving the cursor
    /// does not wrap two hundred definitions again on every key.
    var layout: (width: Int, entries: [[StyledLine]])?

    public init(cursor: Int = 0) {
        self.cursor = ListCursor(index: cursor)
    }

    public static func == (lhs: GlossaryScreen, rhs: GlossaryScreen) -> Bool { lhs.cursor == rhs.cursor }

    /// The terms in the order shown. The loader sorts them already; sorting again
    /// keeps the screen alphabetical for a shelf built any other way.
    static func terms(_ app: AppContext) -> [GlossaryTerm] {
        app.curriculum.reference.glossary.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }

    /// What a link names: a pattern card or a lesson, by its title.
    static func linkTitle(_ id: String, _ app: AppContext) -> String {
        if let pattern = app.curriculum.reference.pattern(id: id) { return "\(pattern.name) (pattern)" }
        return app.curriculum.lesson(id: id)?.title ?? id
    }
}

extension GlossaryScreen: ScreenModel {
    var title: String { "Glossary" }
    var screen: Screen { .glossary(self) }

    func subtitle(_ app: AppContext) -> String? { "\(app.curriculum.reference.glossary.count) terms" }
}
