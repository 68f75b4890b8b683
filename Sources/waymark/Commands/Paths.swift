import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Paths: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "paths",
            abstract: "List the learning paths with their audience, length and how much you have done.",
            discussion: "Example:\n  waymark paths")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let progress = try global.loadProgress(for: curriculum)
            let style = Console.style
            var lines: [String] = []
            lines.append(style.strong(curriculum.title))
            lines.append("")
            for path in curriculum.paths {
                let standing = PathStanding(path: path, progress: progress, today: .today())
                let active = path.id == progress.activePath ? style.good("  ← active") : ""
                lines.append(style.strong(path.title) + style.dim("  \(path.id)") + active)
                lines.append("  For \(path.audience.lowercasedFirst) · \(path.shape)")
                lines.append("  \(standing.done)/\(standing.total) deliverables done (\(standing.percent)%)")
                lines.append("")
            }
            let prelude = curriculum.bootcamp
            lines.append(
                "Start one with: waymark start PATH   ·   Not sure? The \(prelude.title) comes first: "
                    + "waymark show \(prelude.id)")
            try Console.print(lines.joined(separator: "\n"))
        }
    }
}
