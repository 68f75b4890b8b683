import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: phase")
struct PhaseTests {
    @Test("the phase list runs activities then deliverables, so G lands on the last deliverable")
    func phaseOrder() {
        var state = makeState(started: true)
        press(.enter, .character("G"), on: &state)
        #expect(state.selectedDeliverable?.id == "notes-on-each-law")
        press(.character("g"), on: &state)
        #expect(state.selectedDeliverable == nil)
    }

    @Test("Space toggles a deliverable done and back, saving each change")
    func toggleDeliverable() {
        var state = makeState(started: true)
        var effects = press(.enter, .character("G"), .character(" "), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .done)
        #expect(effects == [.save([.setState(deliverableID: "notes-on-each-law", .done, at: fixedNow)])])
        effects = press(.character(" "), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .todo)
        #expect(effects.count == 1)
    }

    @Test("i and s set in progress and skipped, and toggle back")
    func progressAndSkip() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("i"), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .inProgress)
        press(.character("s"), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .skipped)
        press(.character("s"), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .todo)
    }

    @Test("Space on an activity changes nothing")
    func spaceOnActivity() {
        var state = makeState(started: true)
        let effects = press(.enter, .character(" "), on: &state)
        #expect(effects.isEmpty)
        #expect(state.progress.deliverables.isEmpty)
    }

    @Test("n on an activity says to select a deliverable")
    func noteNeedsDeliverable() {
        var state = makeState(started: true)
        press(.enter, .character("n"), on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.text == "Select a deliverable to add a note.")
    }

    @Test("c opens the path's success criteria")
    func criteriaKey() {
        var state = makeState(started: true)
        press(.enter, .character("c"), on: &state)
        #expect(state.screen == .criteria(CriteriaScreen(pathID: "foundation-builder")))
    }
}
