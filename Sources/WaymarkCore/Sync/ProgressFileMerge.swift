import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// git's merge driver for `progress.json`, as a function of three paths: reads the
/// common version (`base`, which may be empty or missing), ours and theirs, merges
/// them (see `ProgressMerge`) and replaces `ours` with the result, durably, in the
/// bytes a save of the same progress writes. When either side is not progress this
/// Waymark can read, nothing is written: git then reports a conflict and keeps the
/// files as they were.
public enum ProgressFileMerge {
    /// What a merge that succeeded has to say: a base it could not use (the merge
    /// then kept everything either side holds, as if the two had nothing in common).
    public struct Outcome: Sendable, Equatable {
        public var ignoredBase: ProgressMergeError?
    }

    public static func merge(base: String, ours: String, theirs: String) throws(ProgressMergeError) -> Outcome {
        let oursProgress = try progress(at: ours)
        let theirsProgress = try progress(at: theirs)
        var outcome = Outcome()
        var baseProgress: LearnerProgress?
        do throws(ProgressMergeError) {
            // git passes an empty file when the two sides added the file separately.
            if let bytes = try contents(of: base, missingIsEmpty: true), !bytes.isEmpty {
                baseProgress = try decode(bytes, file: base)
            }
        } catch {
            outcome.ignoredBase = error
        }
        let merged = ProgressMerge.merge(base: baseProgress, ours: oursProgress, theirs: theirsProgress)
        guard let bytes = merged.readableJSON else {
            throw .unwritable(file: ours, reason: "a date in it lies outside the years 0001 to 9999")
        }
        let target = URL(fileURLWithPath: ours)
        var status = stat()
        let mode = stat(ours, &status) == 0 ? status.st_mode & 0o7777 : 0o600
        do throws(POSIXError) {
            try DurableFile().write(bytes, to: target, mode: mode)
        } catch {
            throw .unwritable(file: ours, reason: error.reason)
        }
        return outcome
    }

    private static func progress(at path: String) throws(ProgressMergeError) -> LearnerProgress {
        guard let bytes = try contents(of: path, missingIsEmpty: false) else {
            throw .notProgress(file: path, reason: "it does not exist")
        }
        return try decode(bytes, file: path)
    }

    /// The file's bytes; nil when it is missing and that is allowed.
    private static func contents(of path: String, missingIsEmpty: Bool) throws(ProgressMergeError) -> Data? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let error = POSIXError.current
            if error.code == .ENOENT, missingIsEmpty { return nil }
            throw error.code == .ENOENT
                ? .notProgress(file: path, reason: "it does not exist")
                : .unreadable(file: path, reason: error.reason)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .notProgress(file: path, reason: "it is not a regular file")
        }
        guard Int(status.st_size) <= ProgressStore.maxFileBytes else {
            throw .notProgress(
                file: path, reason: "it is over the \(ProgressStore.maxFileBytes)-byte limit for a progress file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: ProgressStore.reason(error))
        }
    }

    /// Progress of any schema this Waymark reads, older ones migrated in memory.
    private static func decode(_ bytes: Data, file: String) throws(ProgressMergeError) -> LearnerProgress {
        do throws(ProgressError) {
            return try ProgressCodec.decode(bytes, file: file)
        } catch {
            switch error {
            case .corrupt(_, let detail, _): throw .notProgress(file: file, reason: "it is damaged (\(detail))")
            case .newerSchema(_, let version):
                throw .notProgress(
                    file: file,
                    reason:
                        "it was written by a newer Waymark (progress schema \(version); this one reads up to \(LearnerProgress.currentSchemaVersion))"
                )
            default: throw .notProgress(file: file, reason: error.description)
            }
        }
    }
}
