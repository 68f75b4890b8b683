import Foundation

/// The progress file as a store last read or wrote it. A class behind a lock, so
/// that a store (a value) can be copied and still share what it has seen.
final class LastSeenFile: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: (identity: FileIdentity, progress: LearnerProgress, writtenVersion: Int, renamed: Bool)?

    func remember(_ identity: FileIdentity, _ progress: LearnerProgress, writtenVersion: Int, renamed: Bool) {
        lock.withLock { seen = (identity, progress, writtenVersion, renamed) }
    }

    /// Whether the file is the one last read or written (false when nothing was).
    func isCurrent(_ identity: FileIdentity) -> Bool {
        lock.withLock { seen?.identity == identity }
    }

    func progress(ifUnchanged identity: FileIdentity) -> (
        progress: LearnerProgress, writtenVersion: Int, renamed: Bool
    )? {
        lock.withLock {
            guard let seen, seen.identity == identity else { return nil }
            return (seen.progress, seen.writtenVersion, seen.renamed)
        }
    }

    /// The same, but the progress is handed over: the cache forgets it, so the caller
    /// holds the only reference and can change it without a copy.
    func take(ifUnchanged identity: FileIdentity) -> (progress: LearnerProgress, writtenVersion: Int, renamed: Bool)? {
        lock.withLock {
            guard let taken = seen, taken.identity == identity else { return nil }
            seen = nil
            return (taken.progress, taken.writtenVersion, taken.renamed)
        }
    }
}
