import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a course directory and report every problem as file:line:column.",
            discussion: """
                For course authors. Checks the YAML files, ids, weeks, lesson links and each \
                lesson's body, and reports every problem in one run. Errors stop the course from \
                loading; warnings are the course's own house rules for lessons (word counts, \
                self-check questions, code width, sections), set or turned off under `lint:` in \
                curriculum.yaml. Exits 1 on an error, or on a warning with --strict; 0 otherwise. \
                The format: docs/curriculum-format.md, and `waymark schema` for editors.

                Examples:
                  waymark validate
                  waymark validate ./my-course
                  waymark validate --strict ./my-course
                """)

        @Argument(help: "The course directory (default: the bundled course).")
        var directory: String?

        @Flag(help: "Fail on warnings too, as CI should for a course that keeps its house rules.")
        var strict = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let source: any CurriculumSource
            if let directory {
                do {
                    source = try DirectoryCurriculumSource(root: URL(fileURLWithPath: directory), name: directory)
                } catch let error as CurriculumError {
                    throw Failure(error.description)
                }
            } else {
                source = try global.curriculumSource()
            }
            let result = CurriculumLoader(source: source).check(lintLessons: true)
            for diagnostic in result.diagnostics { try Console.print(diagnostic.description) }
            let errors = result.diagnostics.filter(\.isError).count
            let warnings = result.diagnostics.count - errors
            let counts = Self.counts(errors: errors, warnings: warnings)
            guard errors == 0, let curriculum = result.curriculum else {
                Console.error("\(counts) found.")
                throw ExitCode.failure
            }
            if strict && warnings > 0 {
                Console.error("\(counts) found; --strict fails on warnings.")
                throw ExitCode.failure
            }
            let parts = [
                Self.plural(curriculum.paths.count, "path"),
                Self.plural(curriculum.paths.reduce(0) { $0 + $1.phases.count }, "phase"),
                Self.plural(curriculum.allDeliverableIDs.count, "deliverable"),
                Self.plural(curriculum.allCriterionIDs.count, "success criterion", "success criteria"),
                Self.plural(curriculum.lessons.count, "lesson"),
            ]
            try Console.print(
                "OK: " + parts.joined(separator: ", ") + Self.shelfCounts(curriculum.reference)
                    + (warnings > 0 ? "; \(counts)" : "") + ".")
        }

        /// "1 path", "2 paths".
        static func plural(_ count: Int, _ noun: String, _ nouns: String? = nil) -> String {
            "\(count) " + (count == 1 ? noun : nouns ?? noun + "s")
        }

        /// "1 problem", "2 errors and 1 warning", "3 warnings".
        static func counts(errors: Int, warnings: Int) -> String {
            switch (errors, warnings) {
            case (_, 0): return plural(errors, "problem")
            case (0, _): return plural(warnings, "warning")
            default: return plural(errors, "error") + " and " + plural(warnings, "warning")
            }
        }

        /// ", 56 patterns, 216 glossary terms, …" for the parts of the shelf a course has.
        static func shelfCounts(_ shelf: ReferenceShelf) -> String {
            let parts = [
                (shelf.patterns.count, "pattern"), (shelf.glossary.count, "glossary term"),
                (shelf.cheatSheets.count, "cheat sheet"), (shelf.recipes.count, "recipe"),
                (shelf.selector.reduce(0) { $0 + $1.next.leaves.count }, "selector outcome"),
            ].filter { $0.0 > 0 }.map { plural($0.0, $0.1) }
            return parts.map { ", " + $0 }.joined()
        }
    }
}
