import WaymarkCurriculum

/// Which of the shelf's two kinds of Markdown page a list or a document shows:
/// cheat sheets and recipe cards are read the same way, so one list screen and one
/// document screen serve both.
public enum ReferenceCardKind: Sendable, Equatable {
    case cheatSheet
    case recipe

    func cards(_ app: AppContext) -> [ReferenceCard] {
        switch self {
        case .cheatSheet: app.curriculum.reference.cheatSheets
        case .recipe: app.curriculum.reference.recipes
        }
    }

    /// How the library and the list's title bar name the kind.
    var listTitle: String {
        switch self {
        case .cheatSheet: "Cheat sheets"
        case .recipe: "Recipe cards"
        }
    }

    /// How one card is named.
    var singular: String {
        switch self {
        case .cheatSheet: "cheat sheet"
        case .recipe: "recipe"
        }
    }
}
