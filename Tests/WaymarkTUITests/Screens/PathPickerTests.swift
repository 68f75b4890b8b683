import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: path picker")
struct PathPickerTests {
    @Test("Enter on a path starts it today and opens its plan")
    func startPath() {
        var state = makeState()
        let effects = press(.down, .enter, on: &state)
        guard case .plan(let plan) = state.screen else {
            Issue.record("no plan opened")
            return
        }
        #expect(plan.planPathID == "problem-solver")
        #expect(state.stack.count == 2)
        #expect(state.progress.activePath == "problem-solver")
        #expect(state.progress.paths["problem-solver"]?.startedOn == fixedToday)
        #expect(effects == [.save([.start(pathID: "problem-solver", on: fixedToday, restart: false)])])
    }

    @Test("Enter on a path started before keeps its start date")
    func restartKeepsDate() {
        var state = makeState(started: true, daysAgo: 10)
        press(.character("p"), .enter, on: &state)
        #expect(state.progress.paths["foundation-builder"]?.startedOn == fixedToday.adding(days: -10))
    }

    @Test("cursor keys move, clamp at the ends, and g/G jump")
    func cursorMovement() {
        var state = makeState()
        press(.up, on: &state)
        #expect(state.cursor == 0)
        press(.character("j"), .down, on: &state)
        #expect(state.cursor == 2)
        press(.character("G"), on: &state)
        #expect(state.cursor == 4)  // the Bootcamp row
        press(.down, .pageDown, on: &state)
        #expect(state.cursor == 4)
        press(.home, on: &state)
        #expect(state.cursor == 0)
        press(.end, .character("k"), .pageUp, on: &state)
        #expect(state.cursor == 0)
    }

    @Test("help me choose highlights the recommended path and moves the cursor to it")
    func helpMeChoose() {
        var state = makeState()
        press(.character("w"), .down, .down, .enter, on: &state)
        #expect(state.overlay == nil)
        #expect(state.app.recommendedPathID == "system-designer")
        #expect(state.cursor == 2)
    }
}
