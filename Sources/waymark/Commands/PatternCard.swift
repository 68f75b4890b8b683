import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    /// `waymark pattern ID`; not named `Pattern`, which would hide the model's type.
    struct PatternCard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pattern",
            abstract: "Print one pattern card: its laws, related patterns and lessons (✓ read), then the card.",
            discussion: """
                ID is a pattern id from `waymark patterns`. With --json the card's Markdown is in "body".

                Examples:
                  waymark pattern circuit-breaker
                  waymark pattern consistent-hashing --json
                """)

        @Argument(help: "The pattern id, e.g. circuit-breaker.")
        var id: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let shelf = curriculum.reference
            guard !shelf.patterns.isEmpty else {
                return try EmptyShelf.say("pattern cards", in: curriculum, json: json, empty: nil as PatternCardJSON?)
            }
            guard let pattern = shelf.pattern(id: id) else {
                let close = Suggestion.closest(to: id, among: shelf.patterns.map(\.id).sorted(), limit: 5)
                let hint =
                    close.isEmpty ? "List them with: waymark patterns" : "Closest: \(close.joined(separator: ", "))"
                throw Failure("There is no pattern '\(id.sanitizedLine)'. \(hint)")
            }
            let body = try EmptyShelf.body(of: pattern.file, in: curriculum)
            let report = PatternCardReport(
                curriculum: curriculum, pattern: pattern, progress: try global.loadProgress(for: curriculum))
            if json {
                try Console.printJSON(report.json(body: body))
            } else {
                let style = Console.style
                try Console.print(report.text(style: style, body: MarkdownText.render(body, style: style)))
            }
        }
    }
}
