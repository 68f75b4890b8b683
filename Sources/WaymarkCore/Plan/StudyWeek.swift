import WaymarkCurriculum

/// This week's study against the goal. The week is the 7 days of the path's
/// current week counted from its start date (week 1 is the start date and the six
/// days after it), so the count lines up with the plan; with no started path it is
/// the 7 days ending today. The goal is the learner's own from onboarding, else the
/// upper bound of the path's hours per week, in minutes: the plan is written for
/// that many hours, so reaching it keeps a learner on the plan.
public struct StudyWeek: Sendable, Equatable {
    public var first: Day
    public var last: Day
    public var minutes: Int
    public var goalMinutes: Int?

    public init(progress: LearnerProgress, path: LearningPath?, today: Day) {
        if let path, let start = progress.paths[path.id]?.startedOn, start.days(until: today) >= 0 {
            first = start.adding(days: start.days(until: today) / 7 * 7)
        } else {
            first = today.adding(days: -6)
        }
        last = first.adding(days: 6)
        let range = first...last
        minutes = progress.studyLog.filter { range.contains($0.on) }.reduce(0) { $0 + $1.minutes }
        goalMinutes = progress.onboarding?.weeklyGoalMinutes ?? path.map { $0.hoursPerWeek.last * 60 }
    }
}
