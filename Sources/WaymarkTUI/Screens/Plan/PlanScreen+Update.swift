import WaymarkCore
import WaymarkCurriculum

extension PlanScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let count = app.path(planPathID)?.phases.count ?? 0
        if cursor.move(command, count: count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard cursor.index < count else { return [] }
            return [.push(.phase(PhaseScreen(pathID: planPathID, phaseIndex: cursor.index)))]
        case .bootcamp:
            return [.push(.bootcamp(BootcampScreen()))]
        case .criteria:
            return [.push(.criteria(CriteriaScreen(pathID: planPathID)))]
        case .replan:
            guard let path = app.path(planPathID) else { return [] }
            switch Replanning.propose(path: path, progress: app.progress, today: app.today, at: app.now) {
            case .success(let proposal):
                let text = [proposal.summary, proposal.warning].compactMap { $0 }.joined(separator: " ")
                return [
                    .change(.replan(pathID: path.id, proposal.replan)),
                    .message(text, isError: proposal.passesMaximum),
                ]
            case .failure(let refusal):
                return [.message(refusal.description, isError: false)]
            }
        case .startPath:
            guard let path = app.path(planPathID) else { return [] }
            return Self.start(path, from: PathPickerScreen(), app)
        default:
            return []
        }
    }

    /// Makes `path` active (today is its start date unless it was started before)
    /// and shows its plan on this week's phase over the picker.
    static func start(_ path: LearningPath, from picker: PathPickerScreen, _ app: AppContext) -> [Outcome] {
        let change = ProgressChange.start(pathID: path.id, on: app.today, restart: false)
        var after = app
        after.progress.apply(change)
        var picker = picker
        picker.select(pathID: path.id, app)
        let plan = PlanScreen(pathID: path.id, cursor: after.currentPhaseIndex(path))
        let when = after.progress.paths[path.id].map { " (started \($0.startedOn))" } ?? ""
        return [
            .change(change), .reset([.picker(picker), .plan(plan)]),
            .message("\(path.title) is your active path\(when).", isError: false),
        ]
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: app.path(planPathID)?.phases.count ?? 0)
    }
}
