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
    case saveFailed(file: String, reason: String)

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
            text = "\(file) cannot be read: \(reason)."
        case .saveFailed(let file, let reason):
            text = "Could not save progress to \(file): \(reason). The file still holds your previous progress."
        }
        return text.sanitizedForDisplay
    }
}
