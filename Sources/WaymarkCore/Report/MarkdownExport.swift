import WaymarkCurriculum

/// `waymark export`: every path as a Markdown checklist with states and notes, for
/// a portfolio or a review with a mentor.
public struct MarkdownExport: Sendable {
    public let curriculum: Curriculum
    public let progress: LearnerProgress
    public let today: Day

    public init(curriculum: Curriculum, progress: LearnerProgress, today: Day) {
        self.curriculum = curriculum
        self.progress = progress
        self.today = today
    }

    public var markdown: String {
        var out = ["# \(curriculum.title): progress", "", "Exported \(today).", ""]
        for path in curriculum.paths {
            let standing = PathStanding(path: path, progress: progress, today: today)
            out.append("## \(path.title)")
            out.append("")
            let started = standing.startedOn.map { "started \($0)" } ?? "not started"
            out.append("\(path.shape). \(standing.done) of \(standing.total) deliverables done; \(started).")
            for phase in path.phases {
                out.append("")
                out.append("### \(phase.weeksLabel): \(phase.focus)")
                out.append("")
                for deliverable in phase.deliverables {
                    let state = progress.state(of: deliverable.id)
                    let box = state == .done ? "[x]" : "[ ]"
                    let suffix = state == .todo || state == .done ? "" : " (\(state.label))"
                    out.append("- \(box) \(deliverable.title)\(suffix)")
                    if let note = progress.deliverables[deliverable.id]?.note {
                        out.append("  - Note: \(note.sanitizedLine)")
                    }
                }
            }
            out.append("")
            out.append("### Success criteria")
            out.append("")
            for criterion in path.successCriteria {
                let rating = progress.latestRating(of: criterion.id)?.label ?? "not rated"
                out.append("- \(criterion.text): \(rating)")
                if let note = progress.criteria[criterion.id]?.ratings.last?.note {
                    out.append("  - Evidence: \(note.sanitizedLine)")
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
