import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory `flock` on a file beside the progress file. The kernel drops it when
/// the process dies, so a crash can never leave a stale lock behind.
final class FileLock {
    private let fd: Int32

    /// Blocks until the lock is held. `exclusive` for writers, shared for readers.
    init(at url: URL, exclusive: Bool) throws(POSIXError) {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError.current }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno == EINTR { continue }
            let error = POSIXError.current
            close(fd)
            throw error
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
