import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// The shelf's screens on top of the stack, for tests to look into.
extension AppState {
    var library: LibraryScreen? {
        if case .library(let screen) = screen { screen } else { nil }
    }

    var catalog: PatternCatalogScreen? {
        if case .catalog(let screen) = screen { screen } else { nil }
    }

    var card: PatternCardScreen? {
        if case .patternCard(let screen) = screen { screen } else { nil }
    }

    var selector: PatternSelectorScreen? {
        if case .selector(let screen) = screen { screen } else { nil }
    }

    var document: DocumentScreen? {
        if case .document(let screen) = screen { screen } else { nil }
    }

    /// The text on screen now, one string per row.
    var screenLines: [String] { ScreenRenderer.render(self).lines }
}

/// A learner on the plan who pressed L and opened the library's `entry`.
func shelfState(opening entry: LibraryScreen.Entry, width: Int = 80, height: Int = 24) -> AppState {
    var state = makeState(started: true, width: width, height: height)
    press(.character("L"), on: &state)
    let index = LibraryScreen.entries(state.app).firstIndex(of: entry)!
    press(Array(repeating: .down, count: index) + [.enter], on: &state)
    return state
}
