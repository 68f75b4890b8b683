import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a path's weekly plan: phases, activities, lessons, deliverables and success criteria.",
            discussion: """
                PATH is a path id from `waymark paths`, or `bootcamp` for the Bootcamp.

                Examples:
                  waymark show foundation-builder
                  waymark show problem-solver --week 2
                  waymark show system-designer --json
                """)

        @Argument(help: "The path id, e.g. foundation-builder, or bootcamp.")
        var path: String

        @Option(help: "Only the phase that covers week N.")
        var week: Int?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let week, week < 1 { throw ValidationError("--week counts from 1.") }
        }

        func run() throws {
            let curriculum = try global.loadCurriculum()
            if path == curriculum.bootcamp.id || path == "bootcamp" {
                return try showBootcamp(curriculum)
            }
            guard let learningPath = curriculum.path(id: path) else {
                throw Failure(unknownPathMessage(path, in: curriculum))
            }
            let report = PlanReport(
                curriculum: curriculum, path: learningPath, progress: try global.loadProgress(for: curriculum),
                week: week)
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }

        private func showBootcamp(_ curriculum: Curriculum) throws {
            let progress = try global.loadProgress(for: curriculum)
            let report = BootcampReport(curriculum: curriculum, progress: progress)
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }
    }
}

/// "no path 'x'" with the closest ids, for every command that takes a path.
func unknownPathMessage(_ id: String, in curriculum: Curriculum) -> String {
    let ids = curriculum.paths.map(\.id) + [curriculum.bootcamp.id]
    if id == curriculum.bootcamp.id || id == "bootcamp" {
        return
            "The \(curriculum.bootcamp.title) is not a path to start: it comes before every path. "
            + "See it with: waymark show \(curriculum.bootcamp.id)"
    }
    let close = Suggestion.closest(to: id, among: ids)
    let hint =
        close.isEmpty
        ? "The paths are: \(ids.joined(separator: ", "))." : "Did you mean: \(close.joined(separator: ", "))?"
    return "There is no path '\(id.sanitizedLine)'. \(hint)"
}
