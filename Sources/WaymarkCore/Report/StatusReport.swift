import WaymarkCurriculum

/// `waymark status`: the active path, this week, counts per path and per phase,
/// what to do next, and any progress kept for ids the curriculum no longer has.
public struct StatusReport: Sendable {
    public let curriculum: Curriculum
    public let progress: LearnerProgress
    public let today: Day

    public init(curriculum: Curriculum, progress: LearnerProgress, today: Day) {
        self.curriculum = curriculum
        self.progress = progress
        self.today = today
    }

    public var standings: [PathStanding] {
        curriculum.paths.map { PathStanding(path: $0, progress: progress, today: today) }
    }

    public var activeStanding: PathStanding? {
        standings.first { $0.path.id == progress.activePath }
    }

    /// Progress entries whose ids are not in the curriculum: kept, and shown.
    public var orphans: [ProgressOrphan] {
        ProgressKeys(curriculum: curriculum).orphans(in: progress)
    }

    public func text(style: TextStyle) -> String {
        var lines: [String] = []
        if let standing = activeStanding {
            let path = standing.path
            lines.append(style.strong(path.title) + " — " + weekSentence(standing))
            lines.append(style.dim(path.shape))
            let study = studyWeek
            lines.append(
                "Study this week: \(StudyDuration.label(study.minutes))"
                    + (study.goalMinutes.map { " of \(StudyDuration.label($0))" } ?? "")
                    + style.dim("  (waymark log 45m adds time away from the terminal)"))
            if let next = standing.nextDeliverable,
                let phase = path.phase(containing: next)
            {
                lines.append(
                    "Next: \(next.title) "
                        + style.dim("(\(next.id)) — \(phase.weeksLabel.lowercased()), \(phase.focus)"))
            } else if PathStanding.isComplete(path, in: progress) {
                lines.append(style.good("✓ Path complete: every deliverable done, every criterion rated confident."))
            } else {
                lines.append(
                    style.good("Every deliverable is done or skipped. Rate your success criteria: ")
                        + "waymark show \(path.id), then waymark rate ID 1|2|3")
            }
            lines.append("")
            for phase in standing.phases {
                let marker = standing.currentPhase?.id == phase.phase.id ? "▸" : " "
                let label =
                    DisplayWidth.pad(phase.phase.weeksLabel, to: path.weeksLabelColumns)
                    + DisplayWidth.pad(phase.phase.focus, to: 24)
                lines.append(
                    "\(marker) \(label) \(bar(done: phase.done, total: phase.total)) \(phase.done)/\(phase.total)")
            }
        } else if let active = progress.activePath {
            lines.append(
                style.warning("The active path '\(active.sanitizedLine)' is not in this curriculum.")
                    + " Pick one with: waymark start PATH")
        } else {
            lines.append("No path started yet. See them with `waymark paths`, then `waymark start PATH`.")
        }
        lines.append("")
        lines.append(style.strong("Paths"))
        for standing in standings {
            let active = standing.path.id == progress.activePath ? style.good("  (active)") : ""
            lines.append(
                "  " + DisplayWidth.pad(standing.path.id, to: 20)
                    + "\(standing.done)/\(standing.total)".leftPadded(to: 6)
                    + "\(standing.percent)%".leftPadded(to: 6) + active)
        }
        let orphans = orphans
        if !orphans.isEmpty {
            lines.append("")
            lines.append(style.warning("Progress for ids this course no longer has:"))
            for orphan in orphans { lines.append("  \(orphan.kind.label) \(orphan.id.sanitizedLine)") }
            lines.append(style.dim("`waymark forget ID` removes one."))
        }
        return lines.joined(separator: "\n")
    }

    func weekSentence(_ standing: PathStanding) -> String {
        guard let week = standing.currentWeek, let start = standing.startedOn else { return "not started" }
        if week < 1 { return "starts on \(start)" }
        let why = standing.paceExplanation.map { " — " + $0 } ?? ""
        return "week \(week) of \(standing.path.durationWeeks) (started \(start)), \(standing.pace)\(why)"
    }

    func bar(done: Int, total: Int, width: Int = 10) -> String {
        let filled = total == 0 ? 0 : done * width / total
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// This week's study and goal, for the active path (see `StudyWeek`).
    public var studyWeek: StudyWeek {
        StudyWeek(progress: progress, path: curriculum.path(id: progress.activePath ?? ""), today: today)
    }

    public var json: StatusJSON {
        let active = activeStanding
        let study = studyWeek
        return StatusJSON(
            activePath: progress.activePath,
            today: today.description,
            currentWeek: active?.currentWeek,
            pace: active.map { "\($0.pace)" },
            paceDetail: active?.measure.map {
                .init(
                    weeksAhead: $0.weeksAhead, expectedDone: ($0.expected * 10).rounded() / 10, done: $0.done,
                    total: $0.total, explanation: $0.explanation)
            },
            nextDeliverable: active?.nextDeliverable.map { .init(id: $0.id, title: $0.title) },
            paths: standings.map { standing in
                StatusJSON.PathJSON(
                    id: standing.path.id, title: standing.path.title, startedOn: standing.startedOn?.description,
                    done: standing.done, skipped: standing.skipped, total: standing.total, percent: standing.percent,
                    phases: standing.phases.map {
                        .init(
                            id: $0.phase.id, weeks: [$0.phase.weeks.first, $0.phase.weeks.last], done: $0.done,
                            total: $0.total)
                    })
            },
            orphans: orphans,
            studyMinutesThisWeek: study.minutes, weeklyGoalMinutes: study.goalMinutes)
    }
}

public struct StatusJSON: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
    }
    public struct PhaseJSON: Codable, Sendable, Equatable {
        public var id: String
        public var weeks: [Int]
        public var done: Int
        public var total: Int
    }
    public struct PathJSON: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var startedOn: String?
        public var done: Int
        public var skipped: Int
        public var total: Int
        public var percent: Int
        public var phases: [PhaseJSON]
    }
    public struct PaceDetail: Codable, Sendable, Equatable {
        public var weeksAhead: Int
        public var expectedDone: Double
        public var done: Double
        public var total: Double
        public var explanation: String
    }
    public var activePath: String?
    public var today: String
    public var currentWeek: Int?
    public var pace: String?
    /// The numbers behind `pace`: weeks ahead (negative behind), and the units of
    /// work expected by today and done (a deliverable counts 3, a step 1, a lesson 1).
    public var paceDetail: PaceDetail?
    public var nextDeliverable: Item?
    public var paths: [PathJSON]
    /// Progress kept under ids the course no longer has, for `waymark forget`.
    public var orphans: [ProgressOrphan]
    /// Minutes logged in the active path's current week (or the last 7 days).
    public var studyMinutesThisWeek: Int
    /// The learner's weekly goal, else the path's upper hours per week × 60; absent
    /// with neither.
    public var weeklyGoalMinutes: Int?
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }
}
