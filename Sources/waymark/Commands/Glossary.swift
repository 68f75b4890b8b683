import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Glossary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Look up a term, or list every term with its definition and where it is taught.",
            discussion: """
                TERM ignores case. When no term has that name, the terms that contain it are shown; \
                when none do, the closest names. `see` lists the lessons and patterns that teach the \
                term (open a pattern with `waymark pattern ID`).

                Examples:
                  waymark glossary
                  waymark glossary "little's law"
                  waymark glossary quorum --json
                """)

        @Argument(help: "A term, e.g. \"Little's Law\"; none for every term.")
        var term: String?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let glossary = curriculum.reference.glossary
            guard !glossary.isEmpty else {
                return try EmptyShelf.say("glossary", in: curriculum, json: json, empty: [GlossaryTermJSON]())
            }
            let report =
                try term.map { try Self.lookUp($0, in: curriculum.reference) } ?? GlossaryReport(terms: glossary)
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }

        /// The entry named `wanted`; else the entries that contain it; else a failure
        /// naming the closest terms.
        static func lookUp(_ wanted: String, in shelf: ReferenceShelf) throws -> GlossaryReport {
            if let entry = shelf.term(wanted) { return GlossaryReport(terms: [entry]) }
            let needle = wanted.lowercased().trimmed
            let containing = needle.isEmpty ? [] : shelf.glossary.filter { $0.term.lowercased().contains(needle) }
            if !containing.isEmpty {
                let count = containing.count == 1 ? "One term contains" : "\(containing.count) terms contain"
                return GlossaryReport(
                    terms: containing, heading: "No term is named '\(wanted.sanitizedLine)'. \(count) it:")
            }
            let names = Dictionary(shelf.glossary.map { ($0.term.lowercased(), $0.term) }) { first, _ in first }
            let close = Suggestion.closest(to: needle, among: names.keys.sorted(), limit: 5).compactMap { names[$0] }
            let hint =
                close.isEmpty
                ? "List them all with: waymark glossary" : "Closest: \(close.joined(separator: ", "))"
            throw Failure("There is no term '\(wanted.sanitizedLine)' in the glossary. \(hint)")
        }
    }
}
