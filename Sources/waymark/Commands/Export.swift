import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Export: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, json
        }

        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print every path as a checklist with your states and notes, for a portfolio.",
            discussion: "Examples:\n  waymark export > progress.md\n  waymark export --format json")

        @Option(help: "markdown or json.")
        var format: Format = .markdown

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let progress = try global.loadProgress(for: curriculum)
            switch format {
            case .markdown:
                try Console.print(MarkdownExport(curriculum: curriculum, progress: progress, today: .today()).markdown)
            case .json:
                let plans = curriculum.paths.map {
                    PlanReport(curriculum: curriculum, path: $0, progress: progress).json
                }
                try Console.printJSON(ExportJSON(activePath: progress.activePath, paths: plans))
            }
        }
    }
}

struct ExportJSON: Encodable {
    var activePath: String?
    var paths: [PlanJSON]
}
