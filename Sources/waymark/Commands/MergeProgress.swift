import ArgumentParser
import WaymarkCore

extension Waymark {
    /// git's merge driver for the progress file: plumbing for `waymark sync`, so
    /// it is left out of the command list.
    struct MergeProgress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-progress",
            abstract: "Merge two copies of the progress file from a common version (git's merge driver).",
            discussion: """
                Used by `waymark sync`, which sets it as git's merge driver for progress.json: \
                git calls `waymark merge-progress %O %A %B`. Reads BASE (the common version; empty \
                or missing when there is none), OURS and THEIRS, merges them so that nothing either \
                side holds is lost, and replaces OURS with the result. When OURS or THEIRS is not \
                progress this Waymark can read (damaged, written by a newer Waymark), nothing is \
                written and the exit status is 1, so git reports a conflict and keeps the files.
                """,
            shouldDisplay: false)

        @Argument(help: ArgumentHelp("The common version; may be empty or missing.", valueName: "BASE"))
        var base: String

        @Argument(help: ArgumentHelp("This machine's copy, replaced with the merge.", valueName: "OURS"))
        var ours: String

        @Argument(help: ArgumentHelp("The other machine's copy.", valueName: "THEIRS"))
        var theirs: String

        func run() throws {
            let outcome: ProgressFileMerge.Outcome
            do {
                outcome = try ProgressFileMerge.merge(base: base, ours: ours, theirs: theirs)
            } catch {
                throw Failure("Not merged: \(error.description)")
            }
            if let ignored = outcome.ignoredBase {
                Console.error("Merged without the common version: \(ignored.description)")
            }
        }
    }
}
