import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: Today")
struct TodayTests {
    let pathID = "foundation-builder"

    func today(daysAgo: Int = 9) -> AppState {
        makeState(started: true, daysAgo: daysAgo, onToday: true)
    }

    var todayScreen: Screen { .today(TodayScreen(pathID: pathID)) }

    @Test("a started path opens on Today over its plan, and Esc goes to the plan")
    func opensOnToday() {
        var state = today()
        #expect(state.stack.count == 3)
        #expect(state.screen == todayScreen)
        press(.escape, on: &state)
        guard case .plan = state.screen else {
            Issue.record("expected the plan, got \(state.screen)")
            return
        }
    }

    @Test("T returns to Today from anywhere, without stacking a second one")
    func todayFromAnywhere() {
        var state = today()
        press(.character("L"), .enter, on: &state)
        press(.character("T"), on: &state)
        #expect(state.screen == todayScreen && state.stack.count == 3)
        press(.escape, .character("T"), on: &state)
        #expect(state.screen == todayScreen && state.stack.count == 3)
    }

    @Test("T without a started path says how to start one")
    func todayWithoutPath() {
        var state = makeState()
        press(.character("T"), on: &state)
        #expect(state.stack.count == 1)
        #expect(state.message?.text.contains("pick one with p") == true)
    }

    @Test("Enter on a next lesson opens it in the reader")
    func opensLesson() throws {
        var state = today()
        let report = try #require(TodayScreen(pathID: pathID).report(state.app))
        let first = try #require(report.nextLessons.first)
        press(.down, .enter, on: &state)
        guard case .lesson(let lesson) = state.screen else {
            Issue.record("expected the reader, got \(state.screen)")
            return
        }
        #expect(lesson.lessonID == first.id)
    }

    @Test("Enter on the deliverable opens its phase with the cursor on it")
    func opensDeliverable() throws {
        var state = today()
        let report = try #require(TodayScreen(pathID: pathID).report(state.app))
        let deliverable = try #require(report.deliverable)
        press(.character("G"), .enter, on: &state)
        guard case .phase(let phase) = state.screen else {
            Issue.record("expected a phase, got \(state.screen)")
            return
        }
        let selected = try #require(phase.selectedDeliverable(state.app))
        #expect(selected.id == deliverable.id)
    }

    @Test("the reviews row counts the deck once the runner has read it, and Enter opens the review")
    func reviews() {
        var state = today()
        let deck = ReviewCard.deck(of: bundled, readLessons: ["littles-law": fixedNow])
        _ = update(&state, .reviewDeckLoaded(deck), now: fixedNow)
        #expect(
            state.app.reviewDeck?.count == deck.count && state.app.reviewDeckLessons == state.progress.lessonsRead.count
        )
        press(.enter, on: &state)
        guard case .review = state.screen else {
            Issue.record("Enter on the reviews row did not open the review")
            return
        }
    }

    @Test("time counted by the runner is logged and saved")
    func studiedIsSaved() {
        var state = today()
        let entry = StudyEntry(on: fixedToday, minutes: 12, source: .reader, at: fixedNow)
        let effects = update(&state, .studied(entry), now: fixedNow)
        #expect(state.progress.studyLog == [entry])
        #expect(effects == [.save([.logStudy(entry)])])
        #expect(TodayScreen(pathID: pathID).report(state.app)?.minutesThisWeek == 12)
    }

    @Test("the reader and calculators count as study; the plan does not")
    func studySources() {
        var state = today()
        #expect(state.screen.studySource == nil)
        press(.down, .enter, on: &state)
        #expect(state.screen.studySource == .reader)
        press(.character("K"), .enter, on: &state)
        #expect(state.screen.studySource == .calculator)
    }
}
