import Foundation
import WaymarkCurriculum

/// Why progress could not be read or saved, in words that say what to do next.
/// In every case the file on disk was left as it was.
public enum ProgressError: Error, CustomStringConvertible, Equatable {
    case corrupt(file: String, detail: String, backup: String?)
    case newerSchema(file: String, version: Int)
    case notARegularFile(file: String, kind: String)
    case tooLarge(file: String, bytes: Int)
    case unreadable(file: String, reason: String)
    /// `previousKept`: whether a file with earlier progress exists and was left as it was.
    case saveFailed(file: String, reason: String, previousKept: Bool = true)
    /// A date to be written lies outside 0001-9999 (a clock far off): it would not read back.
    case dateOutOfRange(file: String)
    /// Another process held the lock for longer than the store waits.
    case lockTimedOut(file: String, holder: String?)
    /// The learner pressed Ctrl-C while the store waited for the lock: nothing was applied.
    case interrupted(file: String)

    public var description: String {
        let text: String
        switch self {
        case .corrupt(let file, let detail, let backup):
            let remedy =
                backup.map {
                    "The last good version is kept at \($0); to go back to it:\n  cp '\($0)' '\(file)'"
                } ?? "To start afresh, move it aside:\n  mv '\(file)' '\(file).damaged'"
            text = "\(file) is damaged (\(detail)). Waymark has left it untouched.\n\(remedy)"
        case .newerSchema(let file, let version):
            text =
                "\(file) was written by a newer Waymark (progress schema \(version); this one reads up to \(LearnerProgress.currentSchemaVersion)). It has been left untouched: update Waymark to keep using it."
        case .notARegularFile(let file, let kind):
            text = "\(file) is \(kind), not a progress file. Move it aside, or choose another place with --data-dir."
        case .tooLarge(let file, let bytes):
            text =
                "\(file) is \(bytes) bytes, over the \(ProgressStore.maxFileBytes)-byte limit for a progress file. It has been left untouched."
        case .unreadable(let file, let reason):
            text = "\(file) cannot be read: \(Self.clause(reason))."
        case .saveFailed(let file, let reason, let previousKept):
            let kept = previousKept ? " The file still holds your previous progress." : " Nothing was written."
            text = "Could not save progress to \(file): \(Self.clause(reason)).\(kept)"
        case .dateOutOfRange(let file):
            text =
                "Not saving to \(file): a date to record lies outside the years 0001 to 9999, so it could not be read back. Check the system clock (`date`); your previous progress is untouched."
        case .lockTimedOut(let file, let holder):
            let who = holder.map { " (held by \($0))" } ?? ""
            text =
                "Another Waymark is still saving to \(file)\(who). Nothing was changed; try again when it has finished."
        case .interrupted(let file):
            text = "Interrupted while waiting to save to \(file). Nothing was changed."
        }
        return text.sanitizedForDisplay
    }

    /// A reason as the middle of a sentence: system messages sometimes end in a full
    /// stop of their own, and the sentence adds one.
    static func clause(_ reason: String) -> String {
        var reason = reason
        while reason.last == "." { reason.removeLast() }
        return reason
    }
}
