import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension SelfRating: ExpressibleByArgument {
    /// `1`, `2`, `3`, or the words: `not-yet`, `partly`, `confident`.
    public init?(argument: String) {
        switch argument {
        case "1": self = .notYet
        case "2": self = .partly
        case "3": self = .confident
        default: self.init(rawValue: argument)
        }
    }
}

extension Waymark {
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rate",
            abstract: "Rate yourself on a success criterion: 1 not yet, 2 partly, 3 confident.",
            discussion: """
                Each rating is kept with its date, so the history shows how you grew. Evidence \
                belongs to the rating it supports.

                Examples:
                  waymark rate explain-all-seven-laws 2
                  waymark rate explain-all-seven-laws 3 --evidence "taught them to the team"
                """)

        @Argument(help: "The success criterion id, as `waymark show PATH` lists it.")
        var id: String

        @Argument(help: "1 (not yet), 2 (partly) or 3 (confident).")
        var rating: SelfRating

        @Option(help: "What shows it: a link, a note.")
        var evidence: String?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            guard let found = curriculum.criterion(id: id) else {
                if curriculum.deliverable(id: id) != nil {
                    throw Failure(
                        "'\(id)' is a deliverable, not a success criterion. Tick it with: waymark check \(id)")
                }
                let close = Suggestion.closest(to: id, among: curriculum.allCriterionIDs, limit: 5)
                let hint =
                    close.isEmpty ? "List them with: waymark show PATH" : "Closest: \(close.joined(separator: ", "))"
                throw Failure("There is no success criterion '\(id.sanitizedLine)'. \(hint)")
            }
            _ = try global.save(
                .rate(criterionID: found.criterion.id, rating, note: evidence, at: Date()), for: curriculum)
            try Console.print("Rated “\(found.criterion.text)”: \(rating.label).")
        }
    }
}
