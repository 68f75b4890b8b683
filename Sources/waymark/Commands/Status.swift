import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Where you stand: active path, this week, what is done and what is next.",
            discussion: "Examples:\n  waymark status\n  waymark status --json")

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Self.run(global: global, json: json)
        }

        static func run(global: some Locations, json: Bool) throws {
            let curriculum = try global.loadCurriculum()
            let report = StatusReport(
                curriculum: curriculum, progress: try global.loadProgress(for: curriculum), today: .today())
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
                try Console.print(Console.style.dim("\nProgress file: \(global.store(for: curriculum).fileURL.path)"))
            }
        }
    }
}
