import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct ReplanCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replan",
            abstract: "When behind, move the remaining phases later so the next one starts this week.",
            discussion: """
                The first phase not yet done or skipped, and every phase after it, move
                later so that phase starts in the current week (or the week containing
                --from). The start date stays; every re-plan is kept in progress, and
                pace is then measured against the new plan. Refused when you are not
                behind. A plan pushed past the path's maximum weeks is saved with a
                warning.

                Examples:
                  waymark replan
                  waymark replan foundation-builder --from 2026-12-07
                """)

        @Argument(help: "The path id; the active path when left out.")
        var path: String?

        @Option(help: "Start the next phase in the week containing this day, YYYY-MM-DD; today when left out.")
        var from: String?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let from, Day(from) == nil {
                throw ValidationError("--from takes a date like 2026-11-21, not '\(from)'.")
            }
        }

        func run() throws {
            let curriculum = try global.loadCurriculum()
            var progress = try global.loadProgress(for: curriculum)
            guard let id = path ?? progress.activePath else {
                throw Failure("No path is active. Name one: waymark replan PATH")
            }
            guard let learningPath = curriculum.path(id: id) else {
                throw Failure(unknownPathMessage(id, in: curriculum))
            }
            let proposal: Replanning.Proposal
            switch Replanning.propose(
                path: learningPath, progress: progress, today: .today(), from: from.flatMap(Day.init), at: Date())
            {
            case .success(let value): proposal = value
            case .failure(let refusal): throw Failure(refusal.description)
            }
            progress = try global.save(.replan(pathID: learningPath.id, proposal.replan), for: curriculum)
            try Console.print(proposal.summary)
            if let warning = proposal.warning { try Console.print(Console.style.warning(warning)) }
            let standing = PathStanding(path: learningPath, progress: progress, today: .today())
            try Console.print("Pace: \(standing.pace). See the new weeks with: waymark show \(learningPath.id)")
        }
    }
}
