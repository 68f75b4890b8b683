import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Calc: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calc",
            abstract: "Check a lesson's arithmetic: Little's Law, availability, queues, capacity and more.",
            discussion: """
                With no NAME, lists the calculators; with a NAME and no fields, prints the fields it \
                takes. Write values as you would say them: rates as 800/s, 48000/min or 120 rps; times \
                as 250us, 50ms, 2s, 5min or 1h; availability as 99.95%, 0.9995 or 3.5 nines. JSON \
                numbers are in SI base units: seconds, per second, fractions. A value that does not fit \
                its field exits with status 2 and a message naming the field.

                Examples:
                  waymark calc
                  waymark calc littles --arrival-rate 800/s --time-in-system 50ms
                  waymark calc queue --servers 2 --arrival-rate 1.5/s --service-rate 1/s --json
                  waymark calc availability --series 99.9%,99.9%,99.9%
                """)

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp("The calculator, then --FIELD VALUE for each field.", valueName: "NAME --FIELD VALUE"))
        var words: [String] = []

        /// The exit status for a mistake in the command line, as the issue promises scripts.
        static let usageStatus: Int32 = 2

        func run() throws {
            let style = Console.style
            guard let name = words.first else { return try Console.print(Calculator.listText(style: style)) }
            guard let calculator = Calculator.named(name) else {
                let ids = Calculator.all.map(\.id)
                let close = Suggestion.closest(to: name, among: ids)
                let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
                throw usage(
                    "There is no calculator '\(name.sanitizedLine)'; they are \(ids.joined(separator: ", ")).\(hint)")
            }
            let texts = try fieldTexts(Array(words.dropFirst()))
            if texts.isEmpty { return try Console.print(calculator.fieldsText(style: style)) }
            let result: CalculatorResult
            do {
                result = try calculator.compute(texts)
            } catch {
                throw usage(error.field.map { "--\($0): \(error.message)" } ?? error.message, calculator: calculator)
            }
            if json {
                try Console.printJSON(CalculatorJSON(result))
            } else {
                try Console.print(result.text(style: style))
            }
        }

        /// `--name value` and `--name=value` pairs by field name.
        private func fieldTexts(_ words: [String]) throws -> [String: String] {
            var texts: [String: String] = [:]
            var index = 0
            while index < words.count {
                let word = words[index]
                guard word.hasPrefix("--"), word.count > 2 else {
                    throw usage("'\(word.sanitizedLine)' is not a field; give fields as --FIELD VALUE.")
                }
                let option = word.dropFirst(2)
                let name: String
                let value: String
                if let equals = option.firstIndex(of: "=") {
                    name = String(option[..<equals])
                    value = String(option[option.index(after: equals)...])
                    index += 1
                } else {
                    guard index + 1 < words.count, !words[index + 1].hasPrefix("--") else {
                        throw usage("--\(String(option).sanitizedLine) needs a value.")
                    }
                    name = String(option)
                    value = words[index + 1]
                    index += 2
                }
                guard texts[name] == nil else { throw usage("--\(name.sanitizedLine) is given twice.") }
                texts[name] = value
            }
            return texts
        }

        /// Prints `message` and how to see the fields, then exits with the usage status.
        private func usage(_ message: String, calculator: Calculator? = nil) -> ExitCode {
            Console.error("Error: \(message.sanitizedLine)")
            let name = calculator?.id ?? words.first.flatMap(Calculator.named)?.id
            Console.error(name.map { "See its fields with: waymark calc \($0)" } ?? "See them with: waymark calc")
            return ExitCode(Self.usageStatus)
        }
    }
}
