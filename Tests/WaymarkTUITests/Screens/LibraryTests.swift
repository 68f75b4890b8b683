import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: library")
struct LibraryTests {
    @Test("L opens the library from every screen, and Esc goes back where the learner was")
    func libraryEverywhere() {
        for keys in [
            [Key](), [.enter], [.enter, .enter, .enter], [.character("c")], [.character("p")], [.character("b")],
        ] {
            var state = makeState(started: true)
            press(keys, on: &state)
            let before = state.stack
            press(.character("L"), on: &state)
            #expect(state.library != nil)
            press(.escape, on: &state)
            #expect(state.stack == before)
        }
    }

    @Test("L from deep inside the shelf returns to the library rather than stacking another")
    func libraryOnce() {
        var state = shelfState(opening: .catalog)
        press(.enter, on: &state)
        #expect(state.card != nil)
        let depth = state.stack.count
        press(.character("L"), on: &state)
        #expect(state.library != nil)
        #expect(state.stack.count == depth - 2)
    }

    @Test("the library lists each part of the shelf with its count, in order")
    func entriesAndCounts() {
        var state = makeState(started: true)
        press(.character("L"), on: &state)
        #expect(LibraryScreen.entries(state.app) == [.catalog, .selector, .glossary, .cheatSheets, .recipes])
        let shelf = bundled.reference
        let lines = state.screenLines
        #expect(lines.contains { $0.contains("Pattern catalog") && $0.contains("\(shelf.patterns.count) patterns") })
        #expect(lines.contains { $0.contains("Glossary") && $0.contains("\(shelf.glossary.count) terms") })
        #expect(lines.contains { $0.contains("Recipe cards") && $0.contains("\(shelf.recipes.count) recipes") })
    }

    @Test("a part the course lacks is not listed, and Enter opens the part under the cursor")
    func missingPartsHidden() {
        var state = makeState(started: true)
        state.app.curriculum.reference.selector = []
        state.app.curriculum.reference.cheatSheets = []
        press(.character("L"), on: &state)
        #expect(LibraryScreen.entries(state.app) == [.catalog, .glossary, .recipes])
        #expect(!state.screenLines.contains { $0.contains("Pattern selector") || $0.contains("Cheat sheets") })
        press(.down, .enter, on: &state)
        #expect(state.screen == .glossary(GlossaryScreen()))
    }

    @Test("a course without a shelf says so in the library")
    func emptyShelf() {
        var state = makeState(started: true)
        state.app.curriculum.reference = ReferenceShelf()
        press(.character("L"), .enter, on: &state)
        #expect(state.library != nil)
        #expect(state.screenLines.contains { $0.contains("This course has no reference shelf.") })
    }

    @Test("? lists L on every screen")
    func helpListsLibrary() {
        for keys in [[Key](), [.enter], [.enter, .enter, .enter], [.character("L")], [.character("L"), .enter]] {
            var state = makeState(started: true)
            press(keys, on: &state)
            #expect(GlobalKeys.bindings(on: state.screen).contains { $0.command == .library })
        }
    }
}
