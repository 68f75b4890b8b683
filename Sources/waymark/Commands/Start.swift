import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Make a path your active one and record when you started it.",
            discussion: """
                Without --on, a path you started before keeps its start date; with --on, the \
                date is set to DATE.

                Examples:
                  waymark start foundation-builder
                  waymark start problem-solver --on 2026-11-02
                """)

        @Argument(help: "The path id, e.g. foundation-builder.")
        var path: String

        @Option(help: ArgumentHelp("The start date, as YYYY-MM-DD (default: today).", valueName: "DATE"))
        var on: String?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let on, Day(on) == nil { throw ValidationError("--on takes a date like 2026-11-21, not '\(on)'.") }
        }

        func run() throws {
            let curriculum = try global.loadCurriculum()
            guard let learningPath = curriculum.path(id: path) else {
                throw Failure(unknownPathMessage(path, in: curriculum))
            }
            let day = on.flatMap(Day.init) ?? .today()
            let progress = try global.save(
                .start(pathID: learningPath.id, on: day, restart: on != nil), for: curriculum)
            let started = progress.paths[learningPath.id]?.startedOn ?? day
            try Console.print("\(learningPath.title) is now your active path, started \(started).")
            let standing = PathStanding(path: learningPath, progress: progress, today: .today())
            let week = max(1, standing.currentWeek ?? 1)
            if let phase = learningPath.phase(forWeek: week) {
                let lead = week == 1 ? "First up" : "You are in week \(week)"
                try Console.print(
                    "\(lead): \(phase.weeksLabel.lowercased()), \(phase.focus). "
                        + "See it with: waymark show \(learningPath.id) --week \(week)")
            } else if let current = standing.currentWeek, current > learningPath.durationWeeks.last {
                try Console.print(
                    "That start makes this week \(current), past the plan's \(learningPath.durationWeeks) weeks: "
                        + "see where you stand with waymark status.")
            }
        }
    }
}
