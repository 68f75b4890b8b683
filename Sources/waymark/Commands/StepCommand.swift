import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Step: ParsableCommand {
        /// Whether a step is being ticked or taken back.
        enum Mark: String, ExpressibleByArgument, CaseIterable {
            case done, undone
        }

        static let configuration = CommandConfiguration(
            commandName: "step",
            abstract: "Tick a deliverable's step done, or take it back.",
            discussion: """
                STEP is a step id, as `waymark show PATH` lists it under its deliverable.
                Each step counts 1 unit of pace; the deliverable itself still counts 3
                once checked (`waymark check`).

                Examples:
                  waymark step pick-toy-service done
                  waymark step pick-toy-service undone
                """)

        @Argument(help: "The step id, as `waymark show PATH` lists it.")
        var id: String

        @Argument(help: "done or undone.")
        var mark: Mark

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            guard let found = curriculum.step(id: id) else {
                let close = Suggestion.closest(to: id, among: curriculum.allStepIDs, limit: 5)
                let hint =
                    close.isEmpty ? "List them with: waymark show PATH" : "Closest: \(close.joined(separator: ", "))"
                throw Failure("There is no step '\(id.sanitizedLine)'. \(hint)")
            }
            let done = mark == .done
            let progress = try global.save(.setStep(stepID: found.step.id, done: done, at: Date()), for: curriculum)
            let count = progress.stepsDone(of: found.deliverable)
            try Console.print(
                "\(done ? "[x]" : "[ ]") \(found.step.text) — \(found.deliverable.title): "
                    + "\(count)/\(found.deliverable.steps.count) steps done.")
        }
    }
}
