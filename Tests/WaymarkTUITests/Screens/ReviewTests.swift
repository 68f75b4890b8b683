import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: review")
struct ReviewTests {
    /// Little's Law read yesterday: four new cards, the first three keyed; the
    /// Review screen open on the first ("800 jobs per second… 40 ± 1 jobs").
    static func reviewing(width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(started: true, width: width, height: height)
        state.progress.apply(.markRead(lessonID: "littles-law", at: fixedNow.addingTimeInterval(-86_400)))
        press(.character("v"), on: &state)
        return state
    }

    static func review(_ state: AppState) -> ReviewScreen? {
        if case .review(let screen) = state.screen { screen } else { nil }
    }

    static func type(_ text: String, on state: inout AppState) {
        press(text.map { Key.character($0) }, on: &state)
    }

    static func screenText(_ state: AppState) -> String {
        ScreenRenderer.render(state).lines.joined(separator: "\n")
    }

    @Test("v opens the due cards, card 1 of 4, with a field for the typed answer")
    func opens() throws {
        let state = Self.reviewing()
        let screen = try #require(Self.review(state))
        #expect(screen.queue?.count == 4)
        #expect(screen.isTyping && state.screen.takesText)
        let text = Self.screenText(state)
        #expect(text.contains("card 1 of 4"))
        #expect(text.contains("800 jobs per second"))
        #expect(text.contains("Your answer (a number in jobs)"))
    }

    @Test("a right typed answer says so, reveals the worked answer, and waits for a rating")
    func typedRight() throws {
        var state = Self.reviewing()
        Self.type("40", on: &state)
        press(.enter, on: &state)
        let screen = try #require(Self.review(state))
        #expect(screen.stage == .revealed && screen.answer.verdict == .right)
        #expect(state.progress.reviews.isEmpty)
        let text = Self.screenText(state)
        #expect(text.contains("✓ Right") && text.contains("L = λW"))
    }

    @Test("a wrong typed answer is logged as Again at once, and the screen says so")
    func typedWrong() throws {
        var state = Self.reviewing()
        Self.type("12", on: &state)
        press(.enter, on: &state)
        #expect(Self.review(state)?.stage == .loggedAgain)
        #expect(state.progress.reviews.map(\.rating) == [.again])
        #expect(Self.screenText(state).contains("Logged as Again"))
        // Rating keys do nothing now: the answer is already logged.
        press(.character("4"), on: &state)
        #expect(state.progress.reviews.count == 1)
        press(.enter, on: &state)
        #expect(Self.review(state)?.position == 1)
    }

    @Test("rating a revealed card records it with its schedule and moves to the next card")
    func rateAndNext() throws {
        var state = Self.reviewing()
        Self.type("40 jobs", on: &state)
        let effects = press(.enter, .character("3"), on: &state)
        let record = try #require(state.progress.reviews.first)
        #expect(record.rating == .good && record.card.hasPrefix("littles-law#"))
        #expect(record.due > fixedNow)
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        let screen = try #require(Self.review(state))
        #expect(screen.position == 1 && screen.stage == .asking && screen.answer.editor.text.isEmpty)
        #expect(Self.screenText(state).contains("card 2 of 4"))
    }

    @Test("Enter on an empty field reveals without a verdict; digits typed are text, not ratings")
    func emptyReveals() throws {
        var state = Self.reviewing()
        Self.type("3", on: &state)
        #expect(state.progress.reviews.isEmpty)
        press(.backspace, .enter, on: &state)
        let screen = try #require(Self.review(state))
        #expect(screen.stage == .revealed && screen.answer.verdict == nil)
    }

    @Test("a card without a key reveals on Space, then takes a rating")
    func unkeyedReveal() throws {
        var state = Self.reviewing()
        for answer in ["40", "30", "2.5"] {
            Self.type(answer, on: &state)
            press(.enter, .character("3"), on: &state)
        }
        #expect(Self.review(state)?.isTyping == false)
        #expect(Self.screenText(state).contains("press Space"))
        press(.character(" "), on: &state)
        #expect(Self.review(state)?.stage == .revealed)
        press(.character("2"), on: &state)
        #expect(state.progress.reviews.map(\.rating) == [.good, .good, .good, .hard])
    }

    @Test("when nothing is due, a sentence says when the next card is")
    func nothingDue() throws {
        var state = Self.reviewing()
        for answer in ["40", "30", "2.5"] {
            Self.type(answer, on: &state)
            press(.enter, .character("4"), on: &state)
        }
        press(.character(" "), .character("4"), on: &state)
        var text = Self.screenText(state)
        #expect(text.contains("Done: 4 of 4 cards reviewed."))
        #expect(text.contains("Nothing is due now. The next card is due in "))
        press(.escape, .character("v"), on: &state)
        text = Self.screenText(state)
        #expect(Self.review(state)?.queue == [])
        #expect(text.contains("Nothing is due now. The next card is due in "))
    }

    @Test("with no lesson read there are no cards, and the screen says how to get some")
    func noCards() {
        var state = makeState(started: true)
        press(.character("v"), on: &state)
        #expect(Self.screenText(state).contains("No cards yet"))
    }

    @Test("the review screen matches its snapshots: a question with its field, and revealed")
    func snapshots() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = Self.reviewing(width: width, height: height)
            Self.type("4", on: &state)
            try assertSnapshot(ScreenRenderer.render(state), named: "review-question-\(width)x\(height)")
            Self.type("0", on: &state)
            press(.enter, on: &state)
            try assertSnapshot(ScreenRenderer.render(state), named: "review-revealed-\(width)x\(height)")
        }
    }
}
