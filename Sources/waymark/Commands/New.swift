import ArgumentParser
import Foundation
import WaymarkCurriculum

extension Waymark {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write a small course to start from: it validates and runs as it is.",
            discussion: """
                Writes curriculum.yaml, a path with two phases, three lessons in the house format \
                and the JSON Schemas an editor needs, with comments that explain each part. DIR must \
                be empty or not exist yet. Replace the parts one by one, and run `waymark validate \
                DIR` as you go. The format: docs/curriculum-format.md.

                Examples:
                  waymark new sql-basics --title "SQL: the basics"
                  waymark validate sql-basics
                  waymark --curriculum sql-basics
                """)

        @Argument(help: ArgumentHelp("Where to write the course.", valueName: "DIR"))
        var directory: String

        @Option(help: ArgumentHelp("The course's title (default: from DIR's name).", valueName: "T"))
        var title: String?

        func validate() throws {
            if let title, title.trimmed.isEmpty { throw ValidationError("--title needs some text.") }
        }

        func run() throws {
            let root = URL(fileURLWithPath: directory)
            let manager = FileManager.default
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: root.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { throw Failure("\(directory) is a file; name a new directory.") }
                let entries = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
                guard entries.isEmpty else {
                    throw Failure(
                        "\(directory) is not empty; `waymark new` writes only into an empty or new directory.")
                }
            }
            let title = title?.trimmed ?? CourseTemplate.defaultTitle(forDirectory: root.lastPathComponent)
            do {
                for (path, text) in CourseTemplate.files(title: title) + CourseTemplate.schemaFiles {
                    let url = root.appendingPathComponent(path)
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: url, options: .withoutOverwriting)
                }
            } catch {
                throw Failure("Could not write the course to \(directory): \(error.localizedDescription)")
            }
            try Console.print(
                """
                Wrote the course "\(title)" to \(directory): curriculum.yaml, paths/first-path.yaml, three lessons
                and schema/ for editors.
                Check it:  waymark validate \(directory)
                Run it:    waymark --curriculum \(directory)
                """)
        }
    }
}
