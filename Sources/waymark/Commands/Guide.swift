import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension GuideReport.Topic: ExpressibleByArgument {}

extension Waymark {
    struct Guide: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "guide",
            abstract: "Print the guidance: prerequisites with your answers, quick start, tips, pitfalls, orders.",
            discussion: """
                TOPIC is one of \(GuideReport.Topic.allCases.map(\.rawValue).joined(separator: ", ")). \
                Quick-start items are ticked from your progress, never by hand.

                Examples:
                  waymark guide
                  waymark guide quick-start
                  waymark guide --json
                  waymark guide --predict off
                """)

        /// A setting turned on or off.
        enum Setting: String, ExpressibleByArgument, CaseIterable {
            case on, off
        }

        @Argument(help: "Only this part of the guide.")
        var topic: GuideReport.Topic?

        @Flag(help: "Print JSON instead of text (always the whole guide).")
        var json = false

        @Option(help: "Turn on or off the reader's prompt to predict before a lesson not yet read.")
        var predict: Setting?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            if let predict {
                _ = try global.save(.setPredictPrompts(predict == .on), for: curriculum)
                return try Console.print(
                    predict == .on
                        ? "Predict prompts on: the reader asks for a guess before each lesson not yet read."
                        : "Predict prompts off: lessons open straight on their text.")
            }
            let report = GuideReport(curriculum: curriculum, progress: try global.loadProgress(for: curriculum))
            if json { return try Console.printJSON(report) }
            try Console.print(report.text(topic: topic, style: Console.style))
        }
    }

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "order",
            abstract: "Print a reading order, its steps and lessons with ✓ for what you have read.",
            discussion: """
                ID is a reading order id from `waymark guide orders`.

                Examples:
                  waymark order maximum-understanding
                  waymark order quick-reference --json
                """)

        @Argument(help: "The reading order id, e.g. quick-reference.")
        var id: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let orders = curriculum.guidance.readingOrders
            guard let order = orders.first(where: { $0.id == id }) else {
                let ids = orders.map(\.id)
                throw Failure(
                    "There is no reading order '\(id.sanitizedLine)'. "
                        + (ids.isEmpty ? "This course has none." : "The orders are: \(ids.joined(separator: ", ")).")
                )
            }
            let report = ReadingOrderReport(
                order: order, curriculum: curriculum, progress: try global.loadProgress(for: curriculum))
            if json { return try Console.printJSON(report) }
            try Console.print(report.text(style: Console.style))
        }
    }
}
