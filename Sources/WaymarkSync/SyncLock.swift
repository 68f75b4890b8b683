import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One sync at a time per data directory: an `flock` on a file inside `.git`, where
/// neither git's checkout nor its clean ever touches it. The kernel drops it when
/// the process dies, so a killed sync never blocks the next one; and while it is
/// held, no git of ours runs in the repository, so git's own lock files are stale.
final class SyncLock {
    private let fd: Int32

    init(in gitDirectory: URL) throws(SyncError) {
        let path = gitDirectory.appending(path: "waymark-sync.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .gitFailed(command: "lock", detail: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .busy
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
