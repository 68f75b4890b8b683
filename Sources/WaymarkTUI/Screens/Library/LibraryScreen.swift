import WaymarkCore
import WaymarkCurriculum

/// The reference shelf's home, opened with L from anywhere: the pattern catalog,
/// the selector, the glossary, cheat sheets and recipe cards, each with its count.
/// A part the course lacks is not listed.
public struct LibraryScreen: Sendable, Equatable {
    var cursor = ListCursor()

    public init(cursor: Int = 0) {
        self.cursor = ListCursor(index: cursor)
    }

    /// One part of the shelf.
    enum Entry: CaseIterable {
        case catalog, selector, glossary, cheatSheets, recipes

        var title: String {
            switch self {
            case .catalog: "Pattern catalog"
            case .selector: "Pattern selector"
            case .glossary: "Glossary"
            case .cheatSheets: ReferenceCardKind.cheatSheet.listTitle
            case .recipes: ReferenceCardKind.recipe.listTitle
            }
        }

        var blurb: String {
            switch self {
            case .catalog: "Patterns by problem domain, filtered by law, with the lessons you have read."
            case .selector: "From the trouble you have to the patterns that fit, in a few questions."
            case .glossary: "Terms in a sentence or three, each linked to what teaches it."
            case .cheatSheets: "Quick-reference pages, one screen each."
            case .recipes: "Step-by-step changes with checks and pitfalls."
            }
        }

        func count(_ shelf: ReferenceShelf) -> (count: Int, unit: String) {
            switch self {
            case .catalog: (shelf.patterns.count, "patterns")
            case .selector: (shelf.selector.count, "concerns")
            case .glossary: (shelf.glossary.count, "terms")
            case .cheatSheets: (shelf.cheatSheets.count, "sheets")
            case .recipes: (shelf.recipes.count, "recipes")
            }
        }

        var screen: Screen {
            switch self {
            case .catalog: .catalog(PatternCatalogScreen())
            case .selector: .selector(PatternSelectorScreen())
            case .glossary: .glossary(GlossaryScreen())
            case .cheatSheets: .referenceList(ReferenceListScreen(kind: .cheatSheet))
            case .recipes: .referenceList(ReferenceListScreen(kind: .recipe))
            }
        }
    }

    /// The parts this course has.
    static func entries(_ app: AppContext) -> [Entry] {
        Entry.allCases.filter { $0.count(app.curriculum.reference).count > 0 }
    }
}

extension LibraryScreen: ScreenModel {
    var title: String { "Library" }
    var screen: Screen { .library(self) }
}
