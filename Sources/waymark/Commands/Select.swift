import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Select: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "select",
            abstract:
                "Print the pattern selector: each concern, its questions and answers, and the patterns it leads to.",
            discussion: """
                The interactive view asks the questions one at a time; this prints the whole tree, \
                with each pattern's reason and cost at its leaf. Open a card with `waymark pattern ID`.

                Examples:
                  waymark select
                  waymark select --json
                """)

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let report = SelectorReport(shelf: curriculum.reference)
            guard !curriculum.reference.selector.isEmpty else {
                return try EmptyShelf.say("pattern selector", in: curriculum, json: json, empty: report.json)
            }
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }
    }
}
