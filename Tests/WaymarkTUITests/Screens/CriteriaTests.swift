import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: success criteria and the Bootcamp")
struct CriteriaTests {
    @Test("c opens the success criteria; 1, 2 and 3 rate; n records evidence")
    func rateCriteria() {
        var state = makeState(started: true)
        press(.character("c"), on: &state)
        #expect(state.screen == .criteria(CriteriaScreen(pathID: "foundation-builder")))
        press(.character("2"), on: &state)
        #expect(state.progress.latestRating(of: "explain-all-seven-laws") == .partly)
        press(.character("n"), on: &state)
        for character in "wrote 7 pages" { press(.character(character), on: &state) }
        press(.enter, .down, .character("3"), on: &state)
        // Evidence joins the rating it supports; it is not a second copy of it.
        let history = state.progress.criteria["explain-all-seven-laws"]!.ratings
        #expect(history.map(\.rating) == [.partly])
        #expect(history.last?.note == "wrote 7 pages")
        #expect(state.progress.latestRating(of: "implemented-three-patterns") == .confident)
    }

    @Test("u takes back a mis-keyed rating; evidence before any rating says to rate first")
    func undoRating() {
        var state = makeState(started: true)
        press(.character("c"), .character("n"), on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.text.hasPrefix("Rate it first") == true)
        press(.character("2"), .character("3"), .character("u"), on: &state)
        #expect(state.progress.criteria["explain-all-seven-laws"]?.ratings.map(\.rating) == [.partly])
        press(.character("u"), .character("u"), on: &state)
        #expect(state.progress.criteria["explain-all-seven-laws"]?.ratings.isEmpty == true)
        #expect(state.message?.text == "Nothing to undo: no rating yet.")
    }

    @Test("a path is complete when every deliverable is done and every criterion confident")
    func completion() {
        var state = makeState(started: true)
        let path = bundled.path(id: "foundation-builder")!
        for deliverable in path.deliverables {
            state.progress.apply(.setState(deliverableID: deliverable.id, .done, at: fixedNow))
        }
        #expect(!state.app.isComplete(path))
        for criterion in path.successCriteria {
            state.progress.apply(.rate(criterionID: criterion.id, .confident, note: nil, at: fixedNow))
        }
        #expect(state.app.isComplete(path))
    }

    @Test("the Bootcamp opens from the picker; Enter on a step opens its lesson")
    func bootcamp() {
        var state = makeState()
        press(.character("G"), .enter, on: &state)
        #expect(state.screen == .bootcamp(BootcampScreen()))
        press(.down, .enter, on: &state)
        #expect(state.lesson?.lessonID == "fallacies-of-distributed-computing")
        #expect(state.lesson?.sequence.count == 5)
    }
}
