import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: path picker")
struct PathPickerTests {
    @Test("Enter on a path shows its plan without starting it; s starts it today")
    func lookThenStart() {
        var state = makeState()
        var effects = press(.down, .enter, on: &state)
        guard case .plan(let plan) = state.screen else {
            Issue.record("no plan opened")
            return
        }
        #expect(plan.planPathID == "problem-solver")
        #expect(effects.isEmpty)
        #expect(state.progress.activePath == nil)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("press s to start it today") })
        effects = press(.character("s"), on: &state)
        #expect(state.stack.count == 2)
        #expect(state.progress.activePath == "problem-solver")
        #expect(state.progress.paths["problem-solver"]?.startedOn == fixedToday)
        #expect(effects == [.save([.start(pathID: "problem-solver", on: fixedToday, restart: false)])])
    }

    @Test("s on the picker starts the path under the cursor")
    func startFromPicker() {
        var state = makeState()
        press(.down, .down, .character("s"), on: &state)
        #expect(state.progress.activePath == "system-designer")
        #expect(state.stack.count == 2)
    }

    @Test("the first-run picker has nowhere to go back to, and its footer does not offer it")
    func noBackOnFirstRun() {
        var state = makeState()
        #expect(!ScreenRenderer.render(state).lines.last!.contains("Esc back"))
        press(.escape, on: &state)
        #expect(state.stack.count == 1)
    }

    @Test("starting a path started before keeps its start date")
    func restartKeepsDate() {
        var state = makeState(started: true, daysAgo: 10)
        press(.character("p"), .character("s"), on: &state)
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
