import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

/// What `cheatsheet` and `recipe` share: with no id the cards of one kind, with
/// an id one card.
struct CardShelf: Sendable {
    /// "cheat sheets", for "this course has no cheat sheets".
    var plural: String
    /// "cheat sheet", for "there is no cheat sheet 'x'".
    var singular: String
    /// The command that lists and opens them: "waymark cheatsheet".
    var command: String
    var cards: @Sendable (ReferenceShelf) -> [ReferenceCard]

    static let cheatSheets = CardShelf(
        plural: "cheat sheets", singular: "cheat sheet", command: "waymark cheatsheet", cards: { $0.cheatSheets })
    static let recipes = CardShelf(
        plural: "recipes", singular: "recipe", command: "waymark recipe", cards: { $0.recipes })

    func run(id: String?, json: Bool, global: GlobalOptions) throws {
        let curriculum = try global.loadCurriculum()
        let cards = cards(curriculum.reference)
        guard !cards.isEmpty else {
            if id == nil {
                return try EmptyShelf.say(plural, in: curriculum, json: json, empty: [ReferenceCardSummaryJSON]())
            }
            return try EmptyShelf.say(plural, in: curriculum, json: json, empty: nil as ReferenceCardJSON?)
        }
        guard let id else {
            let report = ReferenceCardListReport(
                cards: cards, heading: plural.capitalizedFirst, command: command)
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
            return
        }
        guard let card = cards.first(where: { $0.id == id }) else {
            let close = Suggestion.closest(to: id, among: cards.map(\.id).sorted(), limit: 5)
            let hint = close.isEmpty ? "List them with: \(command)" : "Closest: \(close.joined(separator: ", "))"
            throw Failure("There is no \(singular) '\(id.sanitizedLine)'. \(hint)")
        }
        let body = try EmptyShelf.body(of: card.file, in: curriculum)
        let report = ReferenceCardReport(
            curriculum: curriculum, card: card, progress: try global.loadProgress(for: curriculum))
        if json {
            try Console.printJSON(report.json(body: body))
        } else {
            let style = Console.style
            try Console.print(report.text(style: style, body: MarkdownText.render(body, style: style)))
        }
    }
}

extension Waymark {
    struct Cheatsheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cheatsheet",
            abstract: "List the cheat sheets, or print one: the laws, latency numbers, nines, formulas and more.",
            discussion: """
                Examples:
                  waymark cheatsheet
                  waymark cheatsheet latency-numbers
                  waymark cheatsheet --json
                """)

        @Argument(help: "The cheat sheet id, e.g. availability-nines; none to list them.")
        var id: String?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws { try CardShelf.cheatSheets.run(id: id, json: json, global: global) }
    }

    struct Recipe: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recipe",
            abstract: "List the recipe cards, or print one: steps, checks and pitfalls for a common change.",
            discussion: """
                Examples:
                  waymark recipe
                  waymark recipe size-a-connection-pool
                  waymark recipe add-a-circuit-breaker --json
                """)

        @Argument(help: "The recipe id, e.g. choose-a-shard-key; none to list them.")
        var id: String?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws { try CardShelf.recipes.run(id: id, json: json, global: global) }
    }
}
