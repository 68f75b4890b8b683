import WaymarkCurriculum

/// `waymark show PATH`: the weekly plan with states, as text or as JSON.
public struct PlanReport: Sendable {
    public let curriculum: Curriculum
    /// The current plan: phases moved by the learner's re-plans.
    public let path: LearningPath
    public let progress: LearnerProgress
    /// Only the phase covering this week, when set.
    public let week: Int?

    public init(curriculum: Curriculum, path: LearningPath, progress: LearnerProgress, week: Int? = nil) {
        self.curriculum = curriculum
        self.path = path.effectivePlan(in: progress)
        self.progress = progress
        self.week = week
    }

    var phases: [Phase] {
        guard let week else { return path.phases }
        return path.phases.filter { $0.weeks.contains(week) }
    }

    public func text(style: TextStyle) -> String {
        var lines: [String] = []
        lines.append(style.strong(path.title) + " — for \(path.audience.lowercasedFirst)")
        lines.append(style.dim(path.shape))
        lines.append(path.summary)
        for phase in phases {
            let standing = PhaseStanding(phase: phase, progress: progress)
            lines.append("")
            lines.append(
                style.strong("\(phase.weeksLabel) · \(phase.focus)")
                    + style.dim("  \(standing.done)/\(standing.total) done"))
            if !phase.summary.isEmpty { lines.append("  " + phase.summary) }
            lines.append("  Key activities")
            for activity in phase.activities {
                let titles = activity.lessonIDs.compactMap { curriculum.lesson(id: $0)?.title }
                lines.append("    • \(activity.text)")
                if !titles.isEmpty { lines.append(style.dim("      lessons: " + titles.joined(separator: "; "))) }
            }
            lines.append("  Deliverables")
            for deliverable in phase.deliverables {
                let state = progress.state(of: deliverable.id)
                let box = state == .done ? style.good(state.checkbox) : state.checkbox
                let count =
                    deliverable.steps.isEmpty
                    ? "" : "  \(progress.stepsDone(of: deliverable))/\(deliverable.steps.count) steps"
                lines.append("    \(box) \(deliverable.title)  " + style.dim("(\(deliverable.id))\(count)"))
                for step in deliverable.steps {
                    let ticked = progress.steps[step.id]?.done == true
                    lines.append(
                        "        " + (ticked ? style.good("[x]") : "[ ]") + " \(step.text)  "
                            + style.dim("(\(step.id))"))
                }
                if let note = progress.deliverables[deliverable.id]?.note {
                    lines.append("        note: \(note.sanitizedLine)")
                }
            }
        }
        if week != nil && phases.isEmpty {
            lines.append("")
            lines.append(
                "No phase of \(path.title) covers week \(week!); the plan runs weeks 1-\(path.durationWeeks.last).")
        }
        lines.append("")
        lines.append(style.strong("Success criteria"))
        for criterion in path.successCriteria {
            let rating = progress.latestRating(of: criterion.id).map { " — \($0.label)" } ?? ""
            lines.append("  • \(criterion.text)" + style.dim("  (\(criterion.id))\(rating)"))
        }
        return lines.joined(separator: "\n")
    }

    /// The stable JSON shape documented in the README.
    public var json: PlanJSON {
        PlanJSON(
            id: path.id, title: path.title, audience: path.audience, summary: path.summary,
            durationWeeks: [path.durationWeeks.first, path.durationWeeks.last],
            hoursPerWeek: [path.hoursPerWeek.first, path.hoursPerWeek.last], focusOrder: path.focusOrder,
            phases: phases.map { phase in
                PlanJSON.PhaseJSON(
                    id: phase.id, weeks: [phase.weeks.first, phase.weeks.last], focus: phase.focus,
                    activities: phase.activities.map { .init(text: $0.text, lessons: $0.lessonIDs) },
                    deliverables: phase.deliverables.map {
                        .init(
                            id: $0.id, title: $0.title, state: progress.state(of: $0.id).rawValue,
                            note: progress.deliverables[$0.id]?.note, lessons: $0.lessonIDs,
                            steps: $0.steps.map { step in
                                .init(id: step.id, text: step.text, done: progress.steps[step.id]?.done == true)
                            })
                    })
            },
            successCriteria: path.successCriteria.map {
                .init(id: $0.id, text: $0.text, rating: progress.latestRating(of: $0.id)?.rawValue)
            })
    }
}

public struct PlanJSON: Codable, Sendable, Equatable {
    public struct PhaseJSON: Codable, Sendable, Equatable {
        public var id: String
        public var weeks: [Int]
        public var focus: String
        public var activities: [ActivityJSON]
        public var deliverables: [DeliverableJSON]
    }
    public struct ActivityJSON: Codable, Sendable, Equatable {
        public var text: String
        public var lessons: [String]
    }
    public struct DeliverableJSON: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var state: String
        public var note: String?
        public var lessons: [String]
        /// The deliverable's checklist; empty when the curriculum gives it none.
        public var steps: [StepJSON]
    }
    public struct StepJSON: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var done: Bool
    }
    public struct CriterionJSON: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var rating: String?
    }
    public var id: String
    public var title: String
    public var audience: String
    public var summary: String
    public var durationWeeks: [Int]
    public var hoursPerWeek: [Int]
    public var focusOrder: [String]
    public var phases: [PhaseJSON]
    public var successCriteria: [CriterionJSON]
}

extension String {
    /// "New graduates" -> "new graduates", for use mid-sentence.
    /// "New graduates" → "new graduates" after "For"; an acronym or a name that
    /// starts with two capitals ("SQL beginners") stays as written.
    public var lowercasedFirst: String {
        guard let first else { return self }
        if let second = dropFirst().first, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
