import ArgumentParser
import WaymarkCore
import WaymarkCurriculum

extension Waymark {
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forget",
            abstract: "Remove the progress kept under an id this course no longer has.",
            discussion: """
                Progress under an id the course removed (or renamed without `renamed-from`) is \
                kept, and `waymark status` lists it. This removes everything under one such id: \
                a path's start, a deliverable's state and note, a criterion's ratings, a step's \
                tick, or a lesson's read mark, reading position and review answers. Journal \
                entries stay. An id the course still has is refused: its progress is not an orphan.

                Example:
                  waymark forget notes-on-the-old-laws
                """)

        @Argument(help: "The id, as `waymark status` lists it.")
        var id: String

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let keys = ProgressKeys(curriculum: curriculum)
            let store = global.store(for: curriculum)
            if let notice = try global.adoptLegacyProgress(store) { Console.error(notice) }
            var removed: [String] = []
            do {
                // Looked at first, so that an id with nothing under it writes nothing.
                if keys.orphans(in: try store.load()).contains(where: { $0.id == id }) {
                    try store.update { progress in
                        removed = keys.orphans(in: progress).filter { $0.id == id }.flatMap { progress.forget($0) }
                        return !removed.isEmpty
                    }
                }
            } catch {
                throw Failure(error.description)
            }
            guard removed.isEmpty else {
                return try Console.print("Forgot '\(id.sanitizedLine)': removed \(removed.joined(separator: ", ")).")
            }
            if keys.isLive(id) {
                throw Failure(
                    "'\(id.sanitizedLine)' is in this course, so its progress is not an orphan; nothing was removed. "
                        + "To undo a mark, use uncheck, unskip or the interactive view.")
            }
            throw Failure(
                "Nothing is kept under '\(id.sanitizedLine)'; nothing was removed. "
                    + "`waymark status` lists the ids this course no longer has.")
        }
    }
}
