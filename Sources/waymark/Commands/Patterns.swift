import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Patterns: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "patterns",
            abstract: "List the pattern cards, grouped by domain; narrow them to one domain or one law.",
            discussion: """
                Both filters together keep the patterns that match both. Open a card with \
                `waymark pattern ID`.

                Examples:
                  waymark patterns
                  waymark patterns --domain reliability
                  waymark patterns --law law-correlated-failure --json
                """)

        @Option(help: ArgumentHelp("Only the patterns of domain D, e.g. reliability.", valueName: "D"))
        var domain: String?

        @Option(help: ArgumentHelp("Only the patterns behind the law ID, e.g. law-emergent-chaos.", valueName: "ID"))
        var law: String?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            var patterns = curriculum.reference.patterns
            guard !patterns.isEmpty else {
                return try EmptyShelf.say("pattern cards", in: curriculum, json: json, empty: [PatternJSON]())
            }
            var narrowing: [String] = []
            if let domain {
                let wanted = domain.lowercased()
                let domains = PatternCatalogReport(patterns: patterns).groups.map(\.domain)
                guard domains.contains(wanted) else {
                    throw Failure(
                        "There are no patterns in the domain '\(domain.sanitizedLine)'. "
                            + "The domains are: \(domains.joined(separator: ", ")).")
                }
                patterns = patterns.filter { $0.domain == wanted }
                narrowing.append("in \(wanted)")
            }
            if let law {
                let laws = Self.laws(of: curriculum)
                guard laws.contains(law) else { throw Failure(Self.unknownLawMessage(law, laws: laws)) }
                patterns = patterns.filter { $0.laws.contains(law) }
                narrowing.append("behind \(curriculum.lesson(id: law)?.title ?? law)")
            }
            let report = PatternCatalogReport(
                patterns: patterns, narrowing: narrowing.isEmpty ? nil : narrowing.joined(separator: ", "))
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }

        /// Every law some card names, in the order of the laws' titles ("Law 1: …" first).
        static func laws(of curriculum: Curriculum) -> [String] {
            Set(curriculum.reference.patterns.flatMap(\.laws)).sorted { a, b in
                (curriculum.lesson(id: a)?.title ?? a, a) < (curriculum.lesson(id: b)?.title ?? b, b)
            }
        }

        static func unknownLawMessage(_ law: String, laws: [String]) -> String {
            let close = Suggestion.closest(to: law, among: laws)
            let hint = close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
            return
                "No pattern names the law '\(law.sanitizedLine)'.\(hint) The laws are: \(laws.joined(separator: ", "))."
        }
    }
}
