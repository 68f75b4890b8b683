import Foundation
import WaymarkCurriculum

/// What to do today on the active path: reviews due, the next lessons, the
/// deliverable at hand and its next step, this week's minutes against the goal,
/// the pace, and two small charts. One value for the Today screen and
/// `waymark today`, so they never disagree. Pure: the review deck (which needs
/// lesson bodies) comes in as card ids.
public struct TodayReport: Sendable, Equatable {
    /// A lesson to read next.
    public struct LessonItem: Sendable, Equatable {
        public var id: String
        public var title: String
    }

    /// The deliverable in progress, or the next one, with its checklist.
    public struct DeliverableItem: Sendable, Equatable {
        public var id: String
        public var title: String
        public var phaseID: String
        public var stepsDone: Int
        public var stepsTotal: Int
        /// The first step not yet ticked; nil when there are none or all are done.
        public var nextStep: DeliverableStep?
    }

    /// Planned against done units in one week of the path (a deliverable counts 3,
    /// a lesson 1, as in `PaceMeasure`).
    public struct WeekUnits: Sendable, Equatable {
        public var week: Int
        public var planned: Int
        public var done: Int
    }

    public static let lessonLimit = 3
    public static let forecastDays = 14

    public var path: LearningPath
    public var today: Day
    /// 1 in the first week; below 1 when the path starts later.
    public var week: Int
    /// Cards due now. A card never reviewed is new, and due at once.
    public var reviewsDue: Int
    /// Cards due on each of the next 14 days, today first; today's count includes
    /// every card due now.
    public var reviewsByDay: [Int]
    public var nextLessons: [LessonItem]
    public var deliverable: DeliverableItem?
    public var minutesThisWeek: Int
    /// The learner's own goal from onboarding, else the upper end of the path's
    /// hours per week: the plan was sized for it, so reaching it keeps to the plan.
    public var weeklyGoalMinutes: Int
    public var pace: Pace
    public var paceExplanation: String?
    /// What to do when behind; nil otherwise.
    public var advice: String?
    /// Week 1 through the current week, at most the plan's length.
    public var weeks: [WeekUnits]

    /// Nil when no path is active, not started, or not in the curriculum. `today`
    /// is the calendar day of `now` in `zone` unless given (the app holds its own).
    /// `memories` are the cards' memories when the caller keeps them (see
    /// `ReviewMemories`); without them the review log is replayed.
    public init?(
        curriculum: Curriculum, progress: LearnerProgress, cardIDs: [String], today: Day? = nil, now: Date,
        zone: LocalZone, memories: [String: CardMemory]? = nil
    ) {
        guard let pathID = progress.activePath, let path = curriculum.paths.first(where: { $0.id == pathID }),
            let start = progress.paths[pathID]?.startedOn
        else { return nil }
        let today = today ?? Day(now, in: zone)
        let standing = PathStanding(path: path, progress: progress, today: today)
        self.path = path
        self.today = today
        week = standing.currentWeek ?? 1

        let memories = memories ?? ReviewLog.memories(progress.reviews)
        var byDay = Array(repeating: 0, count: Self.forecastDays)
        var dueNow = 0
        // A card due 15 days or more from now falls after the forecast in any zone:
        // it is skipped before its calendar day is asked of the C library.
        let beyondForecast = now.addingTimeInterval(Double(Self.forecastDays + 1) * 86_400)
        for id in cardIDs {
            guard let memory = memories[id] else {
                dueNow += 1
                byDay[0] += 1
                continue
            }
            if memory.due <= now { dueNow += 1 }
            if memory.due >= beyondForecast { continue }
            let offset = max(0, today.days(until: Day(memory.due, in: zone)))
            if offset < Self.forecastDays { byDay[offset] += 1 }
        }
        reviewsDue = dueNow
        reviewsByDay = byDay

        let phase = standing.currentPhase ?? path.phases.first
        let phaseLessons =
            phase.map { ($0.activities.flatMap(\.lessonIDs) + $0.deliverables.flatMap(\.lessonIDs)) } ?? []
        var seen: Set<String> = []
        nextLessons = Array(
            phaseLessons.filter { seen.insert($0).inserted && progress.lessonsRead[$0] == nil }
                .compactMap { id in curriculum.lessons[id].map { LessonItem(id: id, title: $0.title) } }
                .prefix(Self.lessonLimit))

        deliverable = standing.nextDeliverable.map { next in
            let done = next.steps.filter { progress.steps[$0.id]?.done == true }
            return DeliverableItem(
                id: next.id, title: next.title, phaseID: path.phase(containing: next)?.id ?? "",
                stepsDone: done.count, stepsTotal: next.steps.count,
                nextStep: next.steps.first { progress.steps[$0.id]?.done != true })
        }

        let weekStart = start.adding(days: (max(1, week) - 1) * 7)
        minutesThisWeek = progress.studyLog.filter { $0.on >= weekStart && $0.on < weekStart.adding(days: 7) }
            .reduce(0) { $0 + $1.minutes }
        weeklyGoalMinutes = progress.onboarding?.weeklyGoalMinutes ?? path.hoursPerWeek.last * 60

        pace = standing.pace
        paceExplanation = standing.paceExplanation
        if case .behind = standing.pace {
            let next =
                nextLessons.first.map { "read \($0.title) next" }
                ?? deliverable.map { item in item.nextStep.map { "do \($0.text)" } ?? "work on \(item.title)" }
            advice = "re-plan with R on the plan" + (next.map { ", or: " + $0 } ?? "")
        } else {
            advice = nil
        }
        weeks = Self.weekUnits(
            path: path, progress: progress, start: start, week: week, planned: standing.measure?.plannedByWeek ?? [],
            zone: zone)
    }

    /// Done units are placed in the week their date falls in: work done before the
    /// start counts in week 1, anything dated after this week in this week.
    static func weekUnits(
        path: LearningPath, progress: LearnerProgress, start: Day, week: Int, planned: [Double], zone: LocalZone
    ) -> [WeekUnits] {
        let count = min(max(0, week), planned.count)
        guard count > 0 else { return [] }
        var done = Array(repeating: 0, count: count)
        func add(_ units: Int, at date: Date) {
            let days = start.days(until: Day(date, in: zone))
            done[min(count - 1, max(0, days / 7))] += units
        }
        var seen: Set<String> = []
        for phase in path.phases {
            for id in phase.activities.flatMap(\.lessonIDs) + phase.deliverables.flatMap(\.lessonIDs)
            where seen.insert(id).inserted {
                if let read = progress.lessonsRead[id] { add(Int(PaceMeasure.lessonWeight), at: read) }
            }
            // As pace counts them: a resolved deliverable with all its steps, else each
            // step done on its own.
            for deliverable in phase.deliverables {
                let steps = Int(PaceMeasure.stepWeight) * deliverable.steps.count
                if let record = progress.deliverables[deliverable.id], record.state.isResolved {
                    add(Int(PaceMeasure.deliverableWeight) + steps, at: record.changedAt)
                    continue
                }
                for step in deliverable.steps {
                    if let record = progress.steps[step.id], record.done {
                        add(Int(PaceMeasure.stepWeight), at: record.changedAt)
                    }
                }
            }
        }
        return (0..<count).map { index in
            let before = index == 0 ? 0 : planned[index - 1]
            return WeekUnits(
                week: index + 1, planned: Int((planned[index] - before).rounded()), done: done[index])
        }
    }
}
