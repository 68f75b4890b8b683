import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: the first-run onboarding")
struct OnboardingTests {
    private func onboarding(_ state: AppState) -> OnboardingScreen? {
        if case .onboarding(let screen) = state.screen { screen } else { nil }
    }

    private func text(_ state: AppState) -> String { ScreenRenderer.render(state).lines.joined(separator: "\n") }

    /// A fresh learner, walked from the welcome to the step asked for with the keys a learner would press.
    private func fresh(at step: OnboardingScreen.Step) -> AppState {
        var state = makeState(onboarding: true)
        while let screen = onboarding(state), screen.step != step { press(.enter, on: &state) }
        return state
    }

    @Test("a fresh learner opens on the onboarding; one with a started path opens on Today")
    func firstRunOnly() {
        #expect(onboarding(makeState(onboarding: true))?.step == .welcome)
        #expect(makeState(onboarding: true).stack.count == 1)
        let started = makeState(started: true, onToday: true, onboarding: true)
        #expect(onboarding(started) == nil)
        if case .today = started.screen {} else { Issue.record("a started path opens on Today") }
    }

    @Test("the welcome shows the course's introduction and the quick-start checklist, ticked from progress")
    func welcome() {
        var state = makeState(onboarding: true)
        let screen = text(state)
        #expect(screen.contains("Welcome to Distributed Systems"))
        #expect(screen.contains("Tools come and go"))
        #expect(screen.contains("[ ] Block 5 to 15 hours"))
        state.progress.apply(.setWeeklyGoal(minutes: 300))
        #expect(text(state).contains("[✓] Block 5 to 15 hours"))
    }

    @Test("each prerequisite answer is saved as it is given, and not yet shows what to do about it")
    func prerequisites() {
        var state = fresh(at: .prerequisites)
        #expect(state.cursor == 0)
        let effects = press(.character("n"), on: &state)
        #expect(state.progress.onboarding?.prerequisites["Programming"] == .notYet)
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        #expect(text(state).contains("→ Write a few small programs"))
        press(.character(" "), on: &state)
        #expect(state.progress.onboarding?.prerequisites["Programming"] == .have)
        #expect(!text(state).contains("→ Write a few small programs"))
        press(.down, .character("y"), on: &state)
        #expect(state.progress.onboarding?.prerequisites["Networking"] == .have)
        #expect(text(state).contains("(optional)"))
    }

    @Test("the prerequisites step opens on the first skill not yet answered")
    func resumesAnswers() {
        var state = makeState(onboarding: true)
        state.progress.apply(.answerPrerequisite(topic: "Programming", .have))
        press(.enter, on: &state)
        #expect(onboarding(state)?.step == .prerequisites)
        #expect(state.cursor == 1)
    }

    @Test("the profile recommends a path, and the path step opens on it with a mark")
    func recommendation() {
        var state = fresh(at: .profile)
        press(.down, .enter, on: &state)
        #expect(onboarding(state)?.step == .path)
        #expect(onboarding(state)?.recommendedPathID == "problem-solver")
        #expect(state.cursor == 1)
        #expect(text(state).contains("Problem Solver  ★ recommended for you"))
    }

    @Test("the hours stay within the chosen path's range, start at its upper bound, and Enter stores them")
    func schedule() {
        var state = fresh(at: .path)
        press(.character("g"), .enter, on: &state)
        #expect(onboarding(state)?.step == .schedule)
        #expect(onboarding(state)?.hours == 10)
        press(.right, on: &state)
        #expect(onboarding(state)?.hours == 10)
        press(Array(repeating: .left, count: 9), on: &state)
        #expect(onboarding(state)?.hours == 5)
        #expect(onboarding(state)?.step == .schedule)
        press(.character("+"), .enter, on: &state)
        #expect(state.progress.onboarding?.weeklyGoalMinutes == 360)
        #expect(onboarding(state)?.step == .begin)
        #expect(text(state).contains("6 hours of study"))
    }

    @Test("Backspace and ← step back, and the first step has nowhere further back")
    func stepsBack() {
        var state = fresh(at: .profile)
        press(.left, on: &state)
        #expect(onboarding(state)?.step == .prerequisites)
        press(.backspace, .backspace, on: &state)
        #expect(onboarding(state)?.step == .welcome)
        #expect(state.stack.count == 1)
    }

    @Test("Begin starts the chosen path today, finishes the onboarding and opens the Bootcamp over its plan")
    func begin() {
        var state = fresh(at: .profile)
        press(.character("G"), .enter, .enter, .enter, on: &state)
        #expect(onboarding(state)?.step == .begin)
        press(.enter, on: &state)
        #expect(state.progress.activePath == "technical-leader")
        #expect(state.progress.paths["technical-leader"]?.startedOn == fixedToday)
        #expect(state.progress.onboarding?.completedAt != nil)
        #expect(state.progress.onboarding?.weeklyGoalMinutes != nil)
        guard state.stack.count == 3, case .picker = state.stack[0], case .plan(let plan) = state.stack[1],
            case .bootcamp = state.stack[2]
        else {
            Issue.record("expected picker, plan and Bootcamp, got \(state.stack.map(\.title))")
            return
        }
        #expect(plan.planPathID == "technical-leader")
        let next = AppState(curriculum: bundled, progress: state.progress, today: fixedToday, timeZone: .utc)
        if case .today = next.screen {} else { Issue.record("the next run opens on Today") }
    }

    @Test("s skips: the onboarding is recorded as done and the picker opens, then and on later runs")
    func skip() {
        for key in [Key.character("s"), .escape] {
            var state = fresh(at: .prerequisites)
            press(key, on: &state)
            #expect(state.progress.onboarding?.completedAt != nil)
            #expect(state.stack.count == 1)
            if case .picker = state.screen {} else { Issue.record("the picker opens after a skip") }
            let next = AppState(curriculum: bundled, progress: state.progress, today: fixedToday, timeZone: .utc)
            if case .picker = next.screen {} else { Issue.record("a later run opens on the picker") }
        }
    }

    @Test("w in the Guide opens the onboarding again, and Esc closes it back to the Guide")
    func reopen() {
        var state = makeState(started: true)
        press(.character("o"), .character("w"), on: &state)
        #expect(onboarding(state)?.isReopened == true)
        let progress = state.progress
        press(.enter, .escape, on: &state)
        if case .guide = state.screen {} else { Issue.record("Esc goes back to the Guide") }
        #expect(state.progress == progress)
    }

    @Test("the Begin step names the skills marked not yet")
    func beginNamesGaps() {
        var state = fresh(at: .prerequisites)
        press(.down, .character("n"), on: &state)
        while onboarding(state)?.step != .begin { press(.enter, on: &state) }
        #expect(text(state).contains("To work on alongside: Networking"))
    }

    @Test("every step fits the smallest window the app supports")
    func smallestWindow() {
        var state = makeState(
            width: AppContext.minimumWidth, height: AppContext.minimumHeight, onboarding: true)
        for _ in OnboardingScreen.Step.allCases {
            press(.character("n"), on: &state)
            let frame = ScreenRenderer.render(state)
            #expect(frame.lines.count == AppContext.minimumHeight)
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= AppContext.minimumWidth })
            #expect(frame.lines.last?.contains("q quit") == true)
            press(.enter, on: &state)
        }
        if case .bootcamp = state.screen {} else { Issue.record("Enter through every step reaches the Bootcamp") }
    }
}
