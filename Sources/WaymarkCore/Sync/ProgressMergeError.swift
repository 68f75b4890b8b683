import WaymarkCurriculum

/// Why `waymark merge-progress` wrote nothing, in one line that names the file.
public enum ProgressMergeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Damaged, of a newer schema, or not a progress file at all.
    case notProgress(file: String, reason: String)
    case unreadable(file: String, reason: String)
    case unwritable(file: String, reason: String)

    public var description: String {
        let text =
            switch self {
            case .notProgress(let file, let reason):
                "\(file) is not Waymark progress this version can merge: \(reason)."
            case .unreadable(let file, let reason): "\(file) cannot be read: \(ProgressError.clause(reason))."
            case .unwritable(let file, let reason):
                "Could not write the merged progress to \(file): \(ProgressError.clause(reason)). It is as it was."
            }
        return text.sanitizedLine
    }
}
