import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a curriculum directory and report every problem as file:line:column.",
            discussion: """
                For curriculum authors. Checks the YAML files, ids, weeks, lesson links and each \
                lesson's format. Exits 1 when it finds a problem, 0 otherwise.

                Examples:
                  waymark validate
                  waymark validate ./my-curriculum
                """)

        @Argument(help: "The curriculum directory (default: the bundled curriculum).")
        var directory: String?

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
            guard result.diagnostics.isEmpty, let curriculum = result.curriculum else {
                let count = result.diagnostics.count
                Console.error("\(count) problem\(count == 1 ? "" : "s") found.")
                throw ExitCode.failure
            }
            let deliverables = curriculum.allDeliverableIDs.count
            try Console.print(
                "OK: \(curriculum.paths.count) paths, \(curriculum.paths.reduce(0) { $0 + $1.phases.count }) phases, "
                    + "\(deliverables) deliverables, \(curriculum.allCriterionIDs.count) success criteria, "
                    + "\(curriculum.lessons.count) lessons" + Self.shelfCounts(curriculum.reference) + ".")
        }

        /// ", 56 patterns, 216 glossary terms, …" for the parts of the shelf a course has.
        static func shelfCounts(_ shelf: ReferenceShelf) -> String {
            let parts = [
                (shelf.patterns.count, "pattern"), (shelf.glossary.count, "glossary term"),
                (shelf.cheatSheets.count, "cheat sheet"), (shelf.recipes.count, "recipe"),
                (shelf.selector.reduce(0) { $0 + $1.next.leaves.count }, "selector outcome"),
            ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            return parts.map { ", " + $0 }.joined()
        }
    }
}
