import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Log study time spent away from the terminal: a paper, a deliverable's code.",
            discussion: """
                DURATION is 45m, 1h30m, 1.5h, 2h, or a bare number of minutes (90). One
                entry is at least a minute and at most 24 hours; log a longer stretch
                day by day with --on.

                `waymark status` shows this week's minutes against the weekly goal. The
                week is the active path's current week, 7 days counted from its start
                date (the last 7 days when no path is started). The goal is the one
                set at onboarding, else the upper bound of the path's hours per week.

                Examples:
                  waymark log 45m
                  waymark log 1h30m --on 2026-11-21 --note "read the Raft paper"
                """)

        @Argument(help: "How long: 45m, 1h30m, 1.5h, 2h or 90 (minutes).")
        var duration: String

        @Option(help: "The day studied, YYYY-MM-DD; today when left out.")
        var on: String?

        @Option(help: "What it was, in a few words.")
        var note: String?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let minutes: Int
            switch StudyDuration.minutes(duration) {
            case .success(let value): minutes = value
            case .failure(let refusal): throw usage(refusal.description)
            }
            var day = Day.today()
            if let on {
                guard let given = Day(on) else { throw usage("--on takes a date like 2026-11-21, not '\(on)'.") }
                day = given
            }
            let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
            let entry = StudyEntry(
                on: day, minutes: minutes, source: .manual, at: Date(),
                note: trimmed?.isEmpty == false ? trimmed : nil)
            let curriculum = try global.loadCurriculum()
            let progress = try global.save(.logStudy(entry), for: curriculum)
            let week = StudyWeek(
                progress: progress, path: curriculum.path(id: progress.activePath ?? ""), today: .today())
            let goal = week.goalMinutes.map { " of \(StudyDuration.label($0))" } ?? ""
            try Console.print(
                "Logged \(StudyDuration.label(minutes)) on \(day). "
                    + "This week: \(StudyDuration.label(week.minutes))\(goal).")
        }

        /// The message, then the usage status: the input was wrong, not the data.
        private func usage(_ message: String) -> ExitCode {
            Console.error("Error: \(message.sanitizedLine)")
            Console.error("See: waymark log --help")
            return ExitCode(2)
        }
    }
}
