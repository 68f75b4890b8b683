import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: glossary")
struct GlossaryTests {
    /// The glossary with the cursor on the first term whose first link satisfies `first`.
    func glossary(onTermWhere first: (String) -> Bool) -> (AppState, GlossaryTerm)? {
        var state = shelfState(opening: .glossary)
        let terms = GlossaryScreen.terms(state.app)
        guard let index = terms.firstIndex(where: { $0.see.first.map(first) ?? false }) else { return nil }
        press(Array(repeating: .down, count: index), on: &state)
        return (state, terms[index])
    }

    @Test("terms are listed alphabetically with their definitions wrapped to the window")
    func alphabetical() {
        let state = shelfState(opening: .glossary)
        let terms = GlossaryScreen.terms(state.app).map { $0.term.lowercased() }
        #expect(terms == terms.sorted())
        #expect(terms.count == bundled.reference.glossary.count)
        let lines = state.screenLines
        #expect(lines.contains { $0.hasPrefix(" ▸ACID") })
        #expect(lines.contains { $0.contains("The four guarantees of a database transaction") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("the kept glossary layout always matches a fresh one, after a resize too")
    func layoutKept() {
        var state = shelfState(opening: .glossary)
        func kept() -> [[StyledLine]]? {
            if case .glossary(let screen) = state.screen, screen.layout?.width == state.app.width {
                return screen.layout?.entries
            }
            return nil
        }
        #expect(kept() == GlossaryScreen.entries(state.app, width: 80))
        _ = update(&state, .resize(width: 130, height: 40), now: fixedNow)
        #expect(kept() == GlossaryScreen.entries(state.app, width: 130))
    }

    @Test("Enter on a term taught by a pattern opens that pattern's card")
    func openPattern() throws {
        let found = try #require(glossary { bundled.reference.pattern(id: $0) != nil })
        var state = found.0
        let term = found.1
        press(.enter, on: &state)
        #expect(state.card?.patternID == term.see[0])
    }

    @Test("Enter on a term taught by a lesson opens the lesson; reading it to the end marks it read")
    func openLesson() throws {
        let found = try #require(glossary { bundled.lessons[$0] != nil })
        var state = found.0
        let term = found.1
        press(.enter, on: &state)
        #expect(state.lesson?.lessonID == term.see[0])
        #expect(state.progress.lessonsRead[term.see[0]] == nil)
        press(.character("G"), on: &state)
        #expect(state.progress.lessonsRead[term.see[0]] == fixedNow)
        press(.escape, on: &state)
        #expect(state.screen == .glossary(GlossaryScreen(cursor: state.cursor!)))
    }
}
