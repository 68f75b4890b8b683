import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Journal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: "Print your journal, or add an insight to it.",
            discussion: """
                The journal holds the insights you note while reading (press i in a lesson). \
                It prints by day, oldest first, each insight under its lesson.

                Examples:
                  waymark journal
                  waymark journal --json
                  waymark journal add littles-law Queues explain the p99 spike we saw
                """,
            subcommands: [List.self, Add.self],
            defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "Print the journal (the default).")

            @Flag(help: "Print JSON: the entries oldest first, each with its day and lesson.")
            var json = false

            @OptionGroup var global: GlobalOptions

            func run() throws {
                let curriculum = try global.loadCurriculum()
                let report = JournalReport(
                    curriculum: curriculum, progress: try global.loadProgress(for: curriculum), zone: .system)
                if json {
                    try Console.printJSON(report.json)
                } else {
                    try Console.print(report.text(style: Console.style))
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add an insight on a lesson to the journal.",
                discussion: """
                    The rest of the line is the insight, quoted or not.

                    Example:
                      waymark journal add cap-theorem PACELC says more about everyday latency
                    """)

            @Argument(help: "The lesson id, as `waymark lessons` lists it.")
            var lessonID: String

            @Argument(parsing: .allUnrecognized, help: "The insight: every word after the id.")
            var words: [String] = []

            @OptionGroup var global: GlobalOptions

            func run() throws {
                let curriculum = try global.loadCurriculum()
                guard let lesson = curriculum.lesson(id: lessonID) else {
                    let close = Suggestion.closest(to: lessonID, among: curriculum.lessons.keys.sorted(), limit: 5)
                    let hint =
                        close.isEmpty ? "List them with: waymark lessons" : "Closest: \(close.joined(separator: ", "))"
                    throw Failure("There is no lesson '\(lessonID.sanitizedLine)'. \(hint)")
                }
                let text = words.joined(separator: " ").trimmed
                guard !text.isEmpty else {
                    throw Failure("Nothing to add: write the insight after the lesson id.")
                }
                let progress = try global.save(
                    .addJournalEntry(JournalEntry(lessonID: lesson.id, at: Date(), text: text)), for: curriculum)
                let count = progress.journal.filter { $0.lessonID == lesson.id }.count
                try Console.print(
                    "Added to your journal under \(lesson.title.sanitizedLine) "
                        + "(\(count == 1 ? "its first insight" : "\(count) insights on it")).")
            }
        }
    }
}
