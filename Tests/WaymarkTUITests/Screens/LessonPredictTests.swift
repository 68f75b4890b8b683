import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: the reader's Predict prompt")
struct LessonPredictTests {
    /// A started learner with the first lesson of weeks 1-2 open in the reader.
    private func reading(read: Bool = false, predict: Bool? = nil) -> AppState {
        var state = makeState(started: true)
        if read { state.progress.apply(.markRead(lessonID: "law-correlated-failure", at: fixedNow)) }
        if let predict { state.progress.apply(.setPredictPrompts(predict)) }
        press(.enter, .enter, .enter, on: &state)
        return state
    }

    private func text(_ state: AppState) -> String { ScreenRenderer.render(state).lines.joined(separator: "\n") }

    @Test("a lesson not yet read opens under a Predict prompt built from the tip and its first question")
    func prompt() {
        let state = reading()
        #expect(state.lesson?.lessonID == "law-correlated-failure")
        let screen = text(state)
        #expect(screen.contains("Before you read"))
        #expect(screen.contains("Predict: Before a lesson, guess which patterns and problems it will"))
        #expect(screen.contains("Then test the guess on its first question:"))
    }

    @Test("reading on dismisses the prompt without moving past the lesson's first line")
    func readingOnDismisses() {
        var state = reading()
        press(.character("j"), on: &state)
        #expect(state.lesson?.scroll == 0)
        #expect(!text(state).contains("Before you read"))
        press(.character("j"), on: &state)
        #expect(state.lesson?.scroll == 1)
    }

    @Test("a lesson already read opens without the prompt")
    func readLesson() {
        #expect(!text(reading(read: true)).contains("Before you read"))
    }

    @Test("z turns the prompts off and saves it; z again turns them back on")
    func toggle() {
        var state = reading()
        press(.character("z"), on: &state)
        #expect(state.progress.onboarding?.predictPrompts == false)
        #expect(!text(state).contains("Before you read"))
        #expect(!text(reading(predict: false)).contains("Before you read"))
        press(.character("z"), on: &state)
        #expect(state.progress.onboarding?.predictPrompts == true)
        #expect(text(state).contains("Before you read"))
    }

    @Test("Enter on the Guide's Predict row turns the prompts off and on")
    func guideToggle() {
        var state = makeState(started: true)
        press(.character("o"), on: &state)
        let row = GuideScreen.rows(state.app).firstIndex { $0.action == .togglePredict } ?? 0
        press(Array(repeating: .down, count: row) + [.enter], on: &state)
        #expect(state.progress.onboarding?.predictPrompts == false)
        press(.enter, on: &state)
        #expect(state.progress.onboarding?.predictPrompts == true)
    }

    @Test("after jumping into the lesson, coming back to its top does not ask again")
    func staysDismissed() {
        var state = reading()
        press(.character("G"), .character("g"), on: &state)
        #expect(state.lesson?.scroll == 0)
        #expect(!text(state).contains("Before you read"))
    }
}
