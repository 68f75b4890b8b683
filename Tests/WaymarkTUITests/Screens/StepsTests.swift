import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: deliverable steps and re-planning")
struct StepsTests {
    let steps = bundled.deliverable(id: "notes-on-each-law")?.deliverable.steps ?? []

    @Test("Enter on a deliverable with steps opens its checklist; l still opens its lessons")
    func enterOpensSteps() {
        #expect(!steps.isEmpty)
        var state = makeState(started: true)
        press(.enter, .character("G"), .enter, on: &state)
        #expect(state.screen == .steps(StepsScreen(pathID: "foundation-builder", deliverableID: "notes-on-each-law")))
        press(.escape, .character("l"), on: &state)
        #expect(state.overlay != nil || state.screen.cursorIndex == nil)
        if case .steps = state.screen { Issue.record("l opened the steps, not the lessons") }
    }

    @Test("Space ticks the step under the cursor and back, saving each change")
    func spaceTicks() {
        var state = makeState(started: true)
        var effects = press(.enter, .character("G"), .enter, .character(" "), on: &state)
        #expect(effects.last == .save([.setStep(stepID: steps[0].id, done: true, at: fixedNow)]))
        #expect(state.progress.steps[steps[0].id]?.done == true)
        effects = press(.down, .character(" "), on: &state)
        #expect(state.progress.steps[steps[1].id]?.done == true)
        // Saves still pending are sent together: the last one holds the untick.
        effects = press(.up, .character(" "), on: &state)
        guard case .save(let changes) = effects.last else {
            Issue.record("no save")
            return
        }
        #expect(changes.last == .setStep(stepID: steps[0].id, done: false, at: fixedNow))
        #expect(state.progress.steps[steps[0].id]?.done == false)
    }

    @Test("l on the checklist opens the deliverable's lessons")
    func lessonsFromSteps() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .enter, .character("l"), on: &state)
        let lessonShown: Bool
        if case .lesson = state.screen { lessonShown = true } else { lessonShown = state.overlay != nil }
        #expect(lessonShown)
    }

    @Test("R on a plan weeks behind moves the remaining phases; on track it moves nothing")
    func replanKey() {
        var behind = makeState(started: true, daysAgo: 21)
        let path = bundled.path(id: "foundation-builder")!
        #expect(behind.app.currentPhaseIndex(path) == 1)
        press(.character("R"), on: &behind)
        // The first phase, moved to this week, is this week's phase again.
        #expect(behind.app.currentPhaseIndex(path) == 0)
        let replans = behind.progress.paths["foundation-builder"]?.replans ?? []
        #expect(replans.count == 1 && replans.first?.weeks ?? 0 > 0)
        #expect(behind.message?.text.contains("Moved") == true)
        var onTrack = makeState(started: true)
        press(.character("R"), on: &onTrack)
        #expect(onTrack.progress.paths["foundation-builder"]?.replans.isEmpty == true)
        #expect(onTrack.message?.text == "You are on track: nothing to move.")
    }

    @Test("a plan three weeks behind says R re-plans it; once re-planned the line is gone")
    func behindLine() {
        var state = makeState(started: true, daysAgo: 21, width: 120, height: 40)
        let line = "press R to re-plan the remaining phases from this week"
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("behind — " + line) })
        press(.character("R"), on: &state)
        #expect(!ScreenRenderer.render(state).lines.contains { $0.contains(line) })
    }
}
