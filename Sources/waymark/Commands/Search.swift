import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search lessons, patterns, recipes, cheat sheets and the glossary.",
            discussion: """
                Case and accents are ignored, words may be cut short, and a word of five letters \
                or more still matches with one typo. Results rank title before heading before \
                text. The rest of the line is the search.

                Examples:
                  waymark search little's law
                  waymark search backoff jitter --json
                """)

        @Argument(parsing: .remaining, help: "What to look for.")
        var words: [String] = []

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let query = words.joined(separator: " ")
            let curriculum = try global.loadCurriculum()
            let results = SearchIndex(curriculum: curriculum).search(query)
            if json { return try Console.printJSON(results) }
            guard !SearchText.words(of: query).isEmpty else {
                throw ValidationError("Give something to search for, e.g. waymark search consensus.")
            }
            guard !results.isEmpty else {
                return try Console.print("Nothing matches '\(query.prefix(SearchIndex.maximumQueryLength))'.")
            }
            let style = Console.style
            var lines: [String] = []
            for result in results {
                let place = result.line > 0 ? ":\(result.line)" : ""
                lines.append(style.strong(result.title) + style.dim("  \(result.kind.rawValue) \(result.id)\(place)"))
                lines.append("    " + result.snippet)
            }
            try Console.print(lines.joined(separator: "\n"))
        }
    }
}
