import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory `flock` on a file beside the progress file. The kernel drops it when
/// the process dies, so a crash can never leave a stale lock behind. A live process
/// can hold it, though (a stopped `waymark`, a hand-run `flock`): waiting is bounded,
/// names the holder where /proc says who it is, and gives way to Ctrl-C.
final class FileLock {
    private let fd: Int32

    enum Failure: Error {
        case system(POSIXError)
        case timedOut(holder: String?)
        case interrupted
    }

    /// Takes the lock, `exclusive` for writers, shared for readers, trying again
    /// every few milliseconds until `wait.timeout`.
    init(at url: URL, exclusive: Bool, wait: LockWait = LockWait()) throws(Failure) {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system(.current) }
        let operation = exclusive ? LOCK_EX : LOCK_SH
        if flock(fd, operation | LOCK_NB) == 0 {
            self.fd = fd
            return
        }
        let outcome: Result<Void, Failure> =
            if let isInterrupted = wait.isInterrupted {
                Self.wait(fd: fd, operation: operation, timeout: wait.timeout, isInterrupted: isInterrupted)
            } else {
                InterruptFlag.catching {
                    Self.wait(fd: fd, operation: operation, timeout: wait.timeout, isInterrupted: InterruptFlag.isSet)
                }
            }
        if case .failure(let failure) = outcome {
            close(fd)
            throw failure
        }
        self.fd = fd
    }

    /// Tries again every few milliseconds, backing off to 50 ms, until the deadline.
    private static func wait(
        fd: Int32, operation: Int32, timeout: Duration, isInterrupted: () -> Bool
    ) -> Result<Void, Failure> {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause = Duration.milliseconds(2)
        while flock(fd, operation | LOCK_NB) != 0 {
            let error = errno
            guard error == EWOULDBLOCK || error == EINTR else {
                return .failure(.system(POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)))
            }
            if isInterrupted() { return .failure(.interrupted) }
            if clock.now >= deadline { return .failure(.timedOut(holder: holder(of: fd))) }
            var request = timespec(tv_sec: 0, tv_nsec: Int(pause.components.attoseconds / 1_000_000_000))
            nanosleep(&request, nil)
            pause = min(pause * 2, .milliseconds(50))
        }
        return .success(())
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// "process 1234 (waymark)", from the kernel's table of locks, when it can be read.
    private static func holder(of fd: Int32) -> String? {
        var status = stat()
        guard fstat(fd, &status) == 0,
            let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
        else { return nil }
        // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF": pid, then major:minor:inode.
        let inode = ":\(status.st_ino)"
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5].hasSuffix(inode),
                let pid = Int32(fields[4]), pid != getpid()
            else { continue }
            let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return "process \(pid)" + (name.map { " (\($0))" } ?? "")
        }
        return nil
    }
}
