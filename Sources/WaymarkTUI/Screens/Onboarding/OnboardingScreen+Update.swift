import WaymarkCore
import WaymarkCurriculum

extension OnboardingScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        if let count = rowCount(app), cursor.move(command, count: count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .skip:
            return leave(app)
        case .previousStep:
            go(to: neighbour(-1, app), app)
            return []
        case .answer(let answer):
            return answerSelected(answer, app)
        case .toggle:
            let topic = Self.prerequisites(app)[safe: cursor.index]?.item.topic
            let current = topic.flatMap { app.progress.onboarding?.prerequisites[$0] }
            return answerSelected(current == .have ? .notYet : .have, app)
        case .adjust(let delta):
            guard step == .schedule, let path = path(app) else { return [] }
            let current = hours ?? Self.defaultHours(for: path, app.progress)
            hours = min(max(path.hoursPerWeek.first, current + delta), path.hoursPerWeek.last)
            return []
        case .open:
            return advance(app)
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        if let count = rowCount(app) { cursor.clamp(count: count) }
    }

    /// Rows of the step's list, for the steps that are lists.
    func rowCount(_ app: AppContext) -> Int? {
        switch step {
        case .prerequisites: Self.prerequisites(app).count
        case .profile: app.curriculum.guidance.pathSelector.count
        case .path: app.curriculum.paths.count
        default: nil
        }
    }

    /// Saved at once, so an answer is remembered even if the learner quits here.
    private func answerSelected(_ answer: Onboarding.Answer, _ app: AppContext) -> [Outcome] {
        guard step == .prerequisites, let row = Self.prerequisites(app)[safe: cursor.index] else { return [] }
        return [.change(.answerPrerequisite(topic: row.item.topic, answer))]
    }

    /// Enter: what the step asks is taken, and the next step opens.
    private mutating func advance(_ app: AppContext) -> [Outcome] {
        switch step {
        case .profile:
            guard let profile = app.curriculum.guidance.pathSelector[safe: cursor.index] else { return [] }
            recommendedPathID = profile.pathID
            chosenPathID = nil
        case .path:
            guard let path = app.curriculum.paths[safe: cursor.index] else { return [] }
            chosenPathID = path.id
            hours = Self.defaultHours(for: path, app.progress)
        case .schedule:
            guard let path = path(app) else { return [] }
            let minutes = (hours ?? Self.defaultHours(for: path, app.progress)) * 60
            go(to: neighbour(1, app), app)
            return [.change(.setWeeklyGoal(minutes: minutes))]
        case .begin:
            return begin(app)
        case .welcome, .prerequisites:
            break
        }
        go(to: neighbour(1, app), app)
        return []
    }

    /// The step before or after this one among those the course has.
    private func neighbour(_ offset: Int, _ app: AppContext) -> Step {
        let steps = Self.steps(app)
        guard let index = steps.firstIndex(of: step) else { return step }
        return steps[min(max(0, index + offset), steps.count - 1)]
    }

    /// Opens `next` with its cursor where the learner expects it: on the
    /// recommended (or chosen) path, on the first unanswered prerequisite.
    private mutating func go(to next: Step, _ app: AppContext) {
        guard next != step else { return }
        step = next
        switch next {
        case .path:
            let id = chosenPathID ?? recommendedPathID ?? app.progress.activePath
            cursor.index = app.curriculum.paths.firstIndex { $0.id == id } ?? 0
        case .profile:
            cursor.index =
                app.curriculum.guidance.pathSelector.firstIndex { $0.pathID == recommendedPathID } ?? 0
        case .prerequisites:
            let answers = app.progress.onboarding?.prerequisites ?? [:]
            cursor.index = Self.prerequisites(app).firstIndex { answers[$0.item.topic] == nil } ?? 0
        case .schedule:
            if hours == nil, let path = path(app) { hours = Self.defaultHours(for: path, app.progress) }
        case .welcome, .begin:
            break
        }
    }

    /// Begin: the chosen path starts today (an earlier start is kept), the
    /// onboarding counts as done, and the Bootcamp opens over the path's plan.
    private func begin(_ app: AppContext) -> [Outcome] {
        guard let path = path(app) else { return leave(app) }
        let start = ProgressChange.start(pathID: path.id, on: app.today, restart: false)
        var after = app
        after.progress.apply(start)
        var picker = PathPickerScreen()
        picker.select(pathID: path.id, app)
        let plan = PlanScreen(pathID: path.id, cursor: after.currentPhaseIndex(path))
        return [
            .change(start), .change(.finishOnboarding(at: app.now)),
            .reset([.picker(picker), .plan(plan), .bootcamp(BootcampScreen())]),
            .message(
                "\(path.title) is your active path. Start here: the \(app.curriculum.bootcamp.title).", isError: false),
        ]
    }

    /// Skipping records the onboarding as done, so it does not come back; the
    /// Guide opens it again. Opened from the Guide, it just closes.
    private func leave(_ app: AppContext) -> [Outcome] {
        guard !isReopened else { return [.pop] }
        let picker = PathPickerScreen(cursor: app.curriculum.paths.firstIndex { $0.id == recommendedPathID } ?? 0)
        return [
            .change(.finishOnboarding(at: app.now)), .reset([.picker(picker)]),
            .message("Skipped. The welcome is in the Guide (o, then w) whenever you want it.", isError: false),
        ]
    }
}
