import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Crash-safe file replacement. Foundation's atomic write neither fsyncs the
/// directory nor keeps permissions, so this does it by hand: write a temporary
/// file beside the target, fsync it, rename it over the target, fsync the directory.
/// After a crash at any point the target holds either the old or the new bytes;
/// after a failure (a full or read-only disk) the target is untouched and the
/// temporary file is gone.
struct DurableFile {
    var calls = FileSystemCalls.system

    /// A fresh name beside `target` for a file being prepared: `NAME.tmp-PID-RANDOM`,
    /// the pattern the store's start-up cleanup looks for after a crash.
    static func temporaryPath(for target: URL) -> String {
        target.deletingLastPathComponent().appendingPathComponent(
            target.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        ).path
    }

    /// Any bytes: the store writes the encoder's `Data` as it is, without a copy.
    func write(_ bytes: some ContiguousBytes, to target: URL, mode: mode_t) throws(POSIXError) {
        let directory = target.deletingLastPathComponent()
        let temporary = Self.temporaryPath(for: target)
        let fd = calls.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw POSIXError.current }
        var failure: POSIXError?
        do throws(POSIXError) {
            // The umask may have narrowed the mode; set it exactly.
            guard fchmod(fd, mode) == 0 else { throw POSIXError.current }
            try writeAll(bytes, to: fd)
            guard calls.fsync(fd) == 0 else { throw POSIXError.current }
        } catch {
            failure = error
        }
        // Close exactly once, and count its error too: some file systems report a
        // full disk only there.
        if calls.close(fd) != 0, failure == nil { failure = POSIXError.current }
        if let failure {
            unlink(temporary)
            throw failure
        }
        guard calls.rename(temporary, target.path) == 0 else {
            let error = POSIXError.current
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Gives `existing` (already durable) a second name, `target`, replacing whatever
    /// had that name, without copying a byte. False where the file system has no
    /// hard links; the caller then copies.
    func link(_ existing: URL, as target: URL) throws(POSIXError) -> Bool {
        let temporary = Self.temporaryPath(for: target)
        guard calls.link(existing.path, temporary) == 0 else { return false }
        guard calls.rename(temporary, target.path) == 0 else {
            let error = POSIXError.current
            unlink(temporary)
            throw error
        }
        // When `target` already names the same file (a save killed between its
        // backup and its rename), rename(2) succeeds without moving anything and
        // the temporary name stays: remove it.
        unlink(temporary)
        return true
    }

    /// Makes the rename itself durable. Best effort: by now the new file is in place
    /// and visible, and reporting a failure would make callers retry an edit that
    /// has already landed (some file systems refuse fsync on a directory anyway).
    func syncDirectory(_ directory: URL) {
        let fd = calls.open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        guard fd >= 0 else { return }
        _ = calls.fsync(fd)
        _ = calls.close(fd)
    }

    private func writeAll(_ bytes: some ContiguousBytes, to fd: Int32) throws(POSIXError) {
        var failure: POSIXError?
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = calls.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = POSIXError.current
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
    }
}

extension POSIXError {
    /// The error for the current `errno`.
    static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }

    /// "No space left on device", as `strerror` says it.
    var reason: String { String(cString: strerror(code.rawValue)) }
}
