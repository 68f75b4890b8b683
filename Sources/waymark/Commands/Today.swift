import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Today: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "today",
            abstract: "What to do today: reviews due, next lessons, the deliverable's next step, minutes and pace.",
            discussion: """
                Examples:
                  waymark today
                  waymark today --json

                JSON keys (stable): path, today (YYYY-MM-DD), week, reviewsDue, reviewsByDay (14 counts, \
                today first), nextLessons [{id, title}], deliverable {id, title, phase, stepsDone, stepsTotal, \
                nextStep {id, text} or null} or null, studyMinutesThisWeek, weeklyGoalMinutes, pace, \
                paceExplanation, advice (null unless behind), weeks [{week, planned, done}] (units: a \
                deliverable 3, a lesson 1). A card never reviewed counts as due.
                """)

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let progress = try global.loadProgress(for: curriculum)
            let cards = ReviewCard.deck(of: curriculum, readLessons: progress.lessonsRead).map(\.id)
            guard
                let report = TodayReport(
                    curriculum: curriculum, progress: progress, cardIDs: cards, now: Date(), zone: .system)
            else {
                throw Failure("No path started yet. See them with `waymark paths`, then `waymark start PATH`.")
            }
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }
    }
}
