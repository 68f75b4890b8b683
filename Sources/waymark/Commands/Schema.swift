import ArgumentParser
import Foundation
import WaymarkCurriculum

extension Waymark {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of a course file, for editors that check YAML as you type.",
            discussion: """
                With no NAME, lists the schemas and the files each describes. With NAME, prints that \
                schema (JSON Schema draft-07, generated from the same table the loader checks keys \
                against). With --write DIR, writes every schema to DIR/NAME.schema.json. Point the \
                YAML language server at one with a first line such as \
                `# yaml-language-server: $schema=schema/curriculum.schema.json`; see \
                docs/curriculum-format.md.

                Examples:
                  waymark schema
                  waymark schema path
                  waymark schema --write schema
                """)

        @Argument(
            help: ArgumentHelp(
                "One of: \(CurriculumSchema.documents.map(\.name).joined(separator: ", ")).", valueName: "NAME"))
        var name: String?

        @Option(help: ArgumentHelp("Write every schema into DIR instead.", valueName: "DIR"))
        var write: String?

        func run() throws {
            if let write {
                let directory = URL(fileURLWithPath: write)
                do {
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    for document in CurriculumSchema.documents {
                        let url = directory.appendingPathComponent("\(document.name).schema.json")
                        try Data(CurriculumSchema.json(for: document).text.utf8).write(to: url, options: .atomic)
                    }
                } catch {
                    throw Failure("Could not write the schemas to \(write): \(error.localizedDescription)")
                }
                return try Console.print("Wrote \(CurriculumSchema.documents.count) schemas to \(write).")
            }
            guard let name else {
                let width = CurriculumSchema.documents.map(\.name.count).max() ?? 0
                for document in CurriculumSchema.documents {
                    try Console.print(
                        document.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + document.files)
                }
                return
            }
            guard let document = CurriculumSchema.document(named: name) else {
                let names = CurriculumSchema.documents.map(\.name)
                let close = Suggestion.closest(to: name, among: names, limit: 1)
                throw Failure(
                    "There is no schema '\(name)'. "
                        + (close.isEmpty
                            ? "The schemas: \(names.joined(separator: ", "))." : "Did you mean: \(close[0])?"))
            }
            try Console.print(String(CurriculumSchema.json(for: document).text.dropLast()))
        }
    }
}
