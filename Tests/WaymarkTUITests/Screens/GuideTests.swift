import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: guide and reading orders")
struct GuideTests {
    static let guideKey = Key.character("o")

    private func guide(_ state: AppState) -> GuideScreen? {
        if case .guide(let screen) = state.screen { screen } else { nil }
    }

    private func order(_ state: AppState) -> ReadingOrderScreen? {
        if case .readingOrder(let screen) = state.screen { screen } else { nil }
    }

    /// Moves the guide's cursor to the first row whose action matches.
    private func select(_ match: (GuideScreen.RowAction) -> Bool, on state: inout AppState) {
        let rows = GuideScreen.rows(state.app)
        let index = rows.firstIndex { $0.action.map(match) ?? false } ?? 0
        press([.character("g")] + Array(repeating: .down, count: index), on: &state)
    }

    @Test("o opens the guide from every screen, and Esc goes back where the learner was")
    func guideEverywhere() {
        for keys in [[Key](), [.enter], [.enter, .enter, .enter], [.character("c")], [.character("L")]] {
            var state = makeState(started: true)
            press(keys, on: &state)
            let before = state.stack
            press(Self.guideKey, on: &state)
            #expect(guide(state) != nil)
            press(.escape, on: &state)
            #expect(state.stack == before)
        }
    }

    @Test("the quick-start checklist is ticked from progress: a started path ticks its item")
    func quickStartTicks() {
        let fresh = GuideReport(curriculum: bundled, progress: makeState().progress).quickStart.map(\.done)
        #expect(fresh == [false, false, false, false])
        let started = GuideReport(curriculum: bundled, progress: makeState(started: true).progress)
        #expect(started.quickStart.map(\.done) == [false, true, false, false])
    }

    @Test("Enter on a reading order lists its steps; Enter on a step opens its first lesson inside the order")
    func walkOrder() throws {
        var state = makeState(started: true)
        press(Self.guideKey, on: &state)
        select({ $0 == .order("maximum-understanding") }, on: &state)
        press(.enter, on: &state)
        #expect(order(state)?.orderID == "maximum-understanding")
        press(.down, .enter, on: &state)
        let lesson = try #require(state.lesson)
        #expect(lesson.lessonID == "law-interactions")
        let whole = bundled.guidance.readingOrders[0].lessonIDs
        #expect(lesson.sequence == whole)
        press(.character("]"), on: &state)
        #expect(state.lesson?.lessonID == "analyzing-a-system")
    }

    @Test("each quick-navigation row opens the screen that holds its target")
    func quickNavigation() {
        var state = makeState(started: true)
        press(Self.guideKey, on: &state)
        select({ $0 == .navigate(.patternCatalog) }, on: &state)
        press(.enter, on: &state)
        if case .catalog = state.screen {} else { Issue.record("expected the pattern catalog, got \(state.screen)") }
        press(.escape, on: &state)
        select({ $0 == .navigate(.lesson(QuickNavigation.firstLawLesson)) }, on: &state)
        press(.enter, on: &state)
        #expect(state.lesson?.lessonID == "law-correlated-failure")
    }
}
