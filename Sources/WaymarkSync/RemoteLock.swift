import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A lock file in the remote that made a push fail: git's `Unable to create
/// '<path>.lock': File exists`. The remote's git holds a ref's lock only for the
/// milliseconds of an update, so one that stays is a leftover of a push killed
/// mid-update. That happens when the remote is a path on this machine (a USB
/// stick, a shared folder) and the sync is killed with its git: the remote's half
/// of the push dies too, and git itself says to remove the file by hand.
struct RemoteLock: Equatable {
    /// The lock file, as git named it.
    let path: String
    /// True when the remote is on this machine's disk, so the lock can be checked and removed here.
    let isLocal: Bool

    init(path: String, isLocal: Bool) {
        self.path = path
        self.isLocal = isLocal
    }

    /// The lock a failed push names, or nil when its failure is something else.
    init?(pushError standardError: String, remote: String, repository: URL) {
        let opening = "Unable to create '"
        let closing = "': File exists"
        guard let start = standardError.range(of: opening),
            let end = standardError.range(of: closing, range: start.upperBound..<standardError.endIndex)
        else { return nil }
        let path = String(standardError[start.upperBound..<end.lowerBound])
        guard path.hasSuffix(".lock") else { return nil }
        let local = Self.localDirectory(of: remote, from: repository).map { Self.path(path, liesIn: $0) } ?? false
        self.init(path: path, isLocal: local)
    }

    /// The remote's directory when it is a path or a `file://` URL; nil for ssh and https.
    static func localDirectory(of remote: String, from repository: URL) -> String? {
        if remote.hasPrefix("file://") { return URL(string: remote)?.path }
        if remote.hasPrefix("/") { return remote }
        // `host:path` is ssh's short form; a colon before any slash means a host.
        if remote.contains("://") || remote.split(separator: "/").first?.contains(":") == true { return nil }
        return repository.appending(path: remote).path
    }

    /// Whether `path` is inside `directory`, once both are resolved (git writes
    /// `remote.git/./refs/...`), and outside its object store.
    static func path(_ path: String, liesIn directory: String) -> Bool {
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let file = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return file.hasPrefix(root + "/") && !file.dropFirst(root.count).hasPrefix("/objects/")
    }

    /// Removes the lock when it is a leftover: when the same file, unchanged, is
    /// still there after `settle` (a wait far longer than any push holds a lock). A
    /// lock that changed or went away belonged to a push at work and is left to it:
    /// true, the push can be tried again. False when the lock stays: the remote is
    /// not on this machine, or the leftover cannot be removed (a read-only stick).
    func clear(after settle: @Sendable () async -> Void) async -> Bool {
        guard isLocal else { return false }
        guard let before = Self.identity(of: path) else { return true }
        await settle()
        guard Self.identity(of: path) == before else { return true }
        return unlink(path) == 0 || errno == ENOENT
    }

    /// The file's device, inode and modification time: a lock removed and made again differs.
    private static func identity(of path: String) -> [Int]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [
            Int(status.st_dev), Int(status.st_ino), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec),
        ]
    }
}
