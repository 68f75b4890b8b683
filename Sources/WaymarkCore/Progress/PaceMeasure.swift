import WaymarkCurriculum

/// The work of a path as units, planned week by week: a deliverable counts 3, each
/// of its steps 1 and a lesson 1, each phase's units spread evenly over its weeks.
/// A deliverable done or skipped counts its steps done too, ticked or not, so
/// checking a deliverable off never leaves the path short of complete. The weeks are
/// the current plan's (`LearningPath.effectivePlan(in:)`): pace after a re-plan is
/// measured against the re-planned weeks. Pace compares the
/// units done with the units the plan expects by today, and turns the difference
/// into weeks: where on the plan the work done would put the learner, against
/// where the calendar does. So ticking week 1's one deliverable on day 1, with the
/// week's lessons unread, is on track, not a week ahead.
public struct PaceMeasure: Sendable, Equatable {
    public static let deliverableWeight = 3.0
    public static let lessonWeight = 1.0
    public static let stepWeight = 1.0

    public var done: Double
    public var expected: Double
    public var total: Double
    /// Negative when behind; whole weeks, toward zero.
    public var weeksAhead: Int
    /// Units the plan expects done by the end of each week, week 1 first, through
    /// the plan's last week: the planned line of Today's week-by-week chart.
    public var plannedByWeek: [Double]

    /// Each phase's weeks on the plan and its units.
    private struct Segment {
        var start: Double
        var length: Double
        var units: Double
    }

    public init(path: LearningPath, progress: LearnerProgress, daysSinceStart: Int) {
        var segments: [Segment] = []
        var done = 0.0
        var seenLessons: Set<String> = []
        for phase in path.phases {
            // A lesson met in an earlier phase already counted there.
            let lessons = (phase.activities.flatMap(\.lessonIDs) + phase.deliverables.flatMap(\.lessonIDs))
                .filter { seenLessons.insert($0).inserted }
            var units = Double(lessons.count) * Self.lessonWeight
            for deliverable in phase.deliverables {
                let steps = Double(deliverable.steps.count) * Self.stepWeight
                units += Self.deliverableWeight + steps
                if progress.state(of: deliverable.id).isResolved {
                    done += Self.deliverableWeight + steps
                } else {
                    done += Double(progress.stepsDone(of: deliverable)) * Self.stepWeight
                }
            }
            done += Double(lessons.filter { progress.lessonsRead[$0] != nil }.count) * Self.lessonWeight
            segments.append(
                Segment(
                    start: Double(phase.weeks.first - 1), length: Double(phase.weeks.last - phase.weeks.first + 1),
                    units: units))
        }
        let now = Double(max(0, daysSinceStart)) / 7
        func planned(by weeks: Double) -> Double {
            segments.reduce(0) { $0 + $1.units * min(1, max(0, (weeks - $1.start) / $1.length)) }
        }
        let total = segments.reduce(0) { $0 + $1.units }
        let end = segments.map { $0.start + $0.length }.max() ?? 0
        // Where on the plan the work done would put the learner: the last week
        // position whose planned units do not pass it. A re-plan leaves weeks with
        // nothing planned; a learner who has done everything before such a gap
        // stands at its end, on time, not at its start.
        var low = 0.0
        var high = end
        if done >= total {
            low = end
        } else {
            for _ in 0..<40 {
                let middle = (low + high) / 2
                if planned(by: middle) <= done { low = middle } else { high = middle }
            }
        }
        self.done = done
        self.total = total
        expected = planned(by: now)
        plannedByWeek = (0..<Int(end.rounded(.up))).map { planned(by: Double($0 + 1)) }
        weeksAhead = Int((low - now).rounded(.towardZero))
    }

    /// "3 of 10 units done, 5 due by today (deliverable 3, step 1, lesson 1)".
    public var explanation: String {
        "\(Int(done.rounded())) of \(Int(total.rounded())) units done, \(Int(expected.rounded())) due by today "
            + "(deliverable 3, step 1, lesson 1)"
    }
}
