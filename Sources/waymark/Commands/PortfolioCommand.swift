import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct PortfolioCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "portfolio",
            abstract: "Write your work as a folder of Markdown, ready to publish.",
            discussion: """
                DIR gets index.md (the path, its dates, progress and the success criteria with \
                their evidence), a page per deliverable under deliverables/, journal.md and, once \
                you review, reviews.md. Writing again from the same progress gives the same bytes.

                Your own files in DIR are never touched: Waymark writes only the files it owns \
                (listed with their SHA-256 in DIR/.waymark-portfolio) and leaves any you edited, \
                saying so; delete one to have Waymark write it again.

                Examples:
                  waymark portfolio ~/my-portfolio
                  waymark portfolio docs
                """)

        @Argument(help: "The folder to write; created if missing.")
        var directory: String

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let progress = try global.loadProgress(for: curriculum)
            let files = PortfolioBuilder(curriculum: curriculum, progress: progress, zone: .system).files
            let url = URL(fileURLWithPath: (directory as NSString).expandingTildeInPath)
            let outcome: PortfolioOutcome
            do {
                outcome = try PortfolioWriter().write(files, to: url)
            } catch {
                throw Failure(error.description)
            }
            for notice in outcome.notices { try Console.print(notice) }
            try Console.print(outcome.summary(directory: directory))
        }
    }
}
