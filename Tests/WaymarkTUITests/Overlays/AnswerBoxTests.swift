import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: answering a self-check in the reader")
struct AnswerBoxTests {
    /// Little's Law in the reader, opened from its calculator; no answer revealed.
    static func reading() -> AppState {
        var state = makeState(started: true)
        press(.character("K"), .enter, .control("o"), on: &state)
        return state
    }

    static func box(_ state: AppState) -> AnswerBox? {
        if case .answerBox(let box) = state.overlay { box } else { nil }
    }

    @Test("a opens a box for the next question with its key's prompt")
    func opens() throws {
        var state = Self.reading()
        #expect(state.lesson?.lessonID == "littles-law")
        press(.character("a"), on: &state)
        let box = try #require(Self.box(state))
        #expect(box.question.contains("800 jobs per second"))
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Your answer (a number in jobs)"))
    }

    @Test("a right answer is said right and the answer is revealed")
    func right() throws {
        var state = Self.reading()
        press([.character("a"), .character("4"), .character("0"), .enter], on: &state)
        #expect(state.overlay == nil)
        #expect(state.lesson?.revealedAnswers == 1)
        #expect(state.message?.text == "✓ Right: 40 ± 1 jobs.")
    }

    @Test("a wrong answer is said wrong with the expected value, revealed, and logged as Again on its card")
    func wrong() throws {
        var state = Self.reading()
        #expect(state.progress.reviews.isEmpty)
        press([.character("a"), .character("9"), .enter], on: &state)
        #expect(state.lesson?.revealedAnswers == 1)
        #expect(state.message?.text == "✗ Not quite: expected 40 ± 1 jobs. Logged as Again: it comes back in review.")
        // The card the Review screen would show for this question, so its history is one.
        let question = try #require(
            try BundledCurriculum.curriculum.selfChecks(ofLesson: "littles-law").first {
                $0.question.contains("800 jobs per second")
            })
        let record = try #require(state.progress.reviews.last)
        #expect(state.progress.reviews.count == 1)
        #expect(record.card == question.cardID(lessonID: "littles-law"))
        #expect(record.rating == .again)
    }

    @Test("a right answer logs nothing: a review is the learner's own rating")
    func rightLogsNothing() throws {
        var state = Self.reading()
        press([.character("a"), .character("4"), .character("0"), .enter], on: &state)
        #expect(state.progress.reviews.isEmpty)
    }

    @Test("Esc closes the box without revealing; a question without a key says r reveals it")
    func escapeAndUnkeyed() throws {
        var state = Self.reading()
        press(.character("a"), .escape, on: &state)
        #expect(state.overlay == nil && state.lesson?.revealedAnswers == 0)
        press(.character("r"), .character("r"), .character("r"), .character("a"), on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("no key") == true)
    }
}
