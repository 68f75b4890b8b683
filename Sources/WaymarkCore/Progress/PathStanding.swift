import WaymarkCurriculum

/// Where a learner stands on one path: counts, the current week and phase, what
/// to do next, and whether they are keeping to the plan.
public struct PathStanding: Sendable, Equatable {
    /// The current plan: the curriculum's path with re-planned phases moved later.
    public var path: LearningPath
    public var startedOn: Day?
    public var phases: [PhaseStanding]
    /// 1 in the first week after the start date; nil when the path is not started,
    /// 0 or less when it starts in the future.
    public var currentWeek: Int?
    public var nextDeliverable: Deliverable?
    public var pace: Pace
    /// The numbers behind `pace`; nil until the path is started.
    public var measure: PaceMeasure?

    public var done: Int { phases.reduce(0) { $0 + $1.done } }
    public var skipped: Int { phases.reduce(0) { $0 + $1.skipped } }
    public var total: Int { phases.reduce(0) { $0 + $1.total } }
    /// Whole percent of deliverables done (skipped ones are not done), rounded to
    /// the nearest: 2 of 3 is 67%. Only all of them makes 100%.
    public var percent: Int { Self.percent(done: done, of: total) }

    static func percent(done: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return done == total ? 100 : min(99, (done * 200 + total) / (total * 2))
    }

    /// Complete: every deliverable done and every success criterion rated confident.
    /// The view and the command line both ask this, so they never disagree.
    public static func isComplete(_ path: LearningPath, in progress: LearnerProgress) -> Bool {
        path.deliverables.allSatisfy { progress.state(of: $0.id) == .done }
            && path.successCriteria.allSatisfy { progress.latestRating(of: $0.id) == .confident }
    }

    /// Only the counts, without phases, pace or what is next: a list of every path
    /// needs this for each one on every frame, and a curriculum may have a hundred.
    public static func completion(of path: LearningPath, in progress: LearnerProgress) -> (
        done: Int, total: Int, percent: Int
    ) {
        var done = 0
        var total = 0
        for phase in path.phases {
            total += phase.deliverables.count
            for deliverable in phase.deliverables where progress.deliverables[deliverable.id]?.state == .done {
                done += 1
            }
        }
        return (done, total, percent(done: done, of: total))
    }

    /// The phase of the current week, if the plan covers it.
    public var currentPhase: Phase? { currentWeek.flatMap { path.phase(forWeek: $0) } }

    /// `path` is the curriculum's; the standing holds and measures the current plan,
    /// its phases shifted by the learner's re-plans.
    public init(path curriculumPath: LearningPath, progress: LearnerProgress, today: Day) {
        let path = curriculumPath.effectivePlan(in: progress)
        self.path = path
        self.startedOn = progress.paths[path.id]?.startedOn
        self.phases = path.phases.map { PhaseStanding(phase: $0, progress: progress) }
        if let start = startedOn {
            let days = start.days(until: today)
            currentWeek = days >= 0 ? days / 7 + 1 : -((-days + 6) / 7) + 1
        } else {
            currentWeek = nil
        }
        let unresolved = path.phases.flatMap(\.deliverables).filter { !progress.state(of: $0.id).isResolved }
        nextDeliverable =
            unresolved.first { progress.state(of: $0.id) == .inProgress } ?? unresolved.first
        let start = startedOn
        measure = start.map { PaceMeasure(path: path, progress: progress, daysSinceStart: $0.days(until: today)) }
        pace = Pace(measure: measure, currentWeek: currentWeek)
    }

    /// One line on why the pace is what it is.
    public var paceExplanation: String? { measure?.explanation }
}

public struct PhaseStanding: Sendable, Equatable {
    public var phase: Phase
    public var done: Int
    public var skipped: Int
    public var total: Int

    public init(phase: Phase, progress: LearnerProgress) {
        self.phase = phase
        self.total = phase.deliverables.count
        self.done = phase.deliverables.filter { progress.state(of: $0.id) == .done }.count
        self.skipped = phase.deliverables.filter { progress.state(of: $0.id) == .skipped }.count
    }

    /// Every deliverable done or skipped.
    public var isResolved: Bool { done + skipped == total }
}

/// How the learner keeps to the plan: ahead or behind by the weeks between where
/// the work done would put them on the plan and where the calendar does (see
/// `PaceMeasure`), on track within a week either way.
public enum Pace: Sendable, Equatable, CustomStringConvertible {
    case notStarted
    /// The start date is in the future.
    case startsLater
    case onTrack
    case behind(weeks: Int)
    case ahead(weeks: Int)
    case complete

    init(measure: PaceMeasure?, currentWeek: Int?) {
        guard let measure, let week = currentWeek else {
            self = .notStarted
            return
        }
        if measure.done >= measure.total {
            self = .complete
        } else if week < 1 {
            self = .startsLater
        } else if measure.weeksAhead < 0 {
            self = .behind(weeks: -measure.weeksAhead)
        } else if measure.weeksAhead > 0 {
            self = .ahead(weeks: measure.weeksAhead)
        } else {
            self = .onTrack
        }
    }

    public var description: String {
        switch self {
        case .notStarted: return "not started"
        case .startsLater: return "starts later"
        case .onTrack: return "on track"
        case .behind(let weeks): return weeks == 1 ? "1 week behind" : "\(weeks) weeks behind"
        case .ahead(let weeks): return weeks == 1 ? "1 week ahead" : "\(weeks) weeks ahead"
        case .complete: return "all done"
        }
    }
}
