import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Crash-safe file replacement. Foundation's atomic write neither fsyncs the
/// directory nor keeps permissions, so this does it by hand: write a temporary
/// file beside the target, fsync it, rename it over the target, fsync the directory.
/// After a crash at any point the target holds either the old or the new bytes.
enum DurableFile {
    /// The prefix of temporary files, so a later run can clean up after a crash.
    static func temporaryPrefix(for target: URL) -> String { target.lastPathComponent + ".tmp-" }

    static func write(_ data: Data, to target: URL, mode: mode_t) throws(POSIXError) {
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            temporaryPrefix(for: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw POSIXError.current }
        do throws(POSIXError) {
            // The umask may have narrowed the mode; set it exactly.
            guard fchmod(fd, mode) == 0 else { throw POSIXError.current }
            try writeAll(data, to: fd)
            guard fsync(fd) == 0 else { throw POSIXError.current }
            let closed = close(fd)
            guard closed == 0 else {
                unlink(temporary.path)
                throw POSIXError.current
            }
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, target.path) == 0 else {
            let error = POSIXError.current
            unlink(temporary.path)
            throw error
        }
        try syncDirectory(directory)
    }

    static func syncDirectory(_ directory: URL) throws(POSIXError) {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError.current }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw POSIXError.current }
    }

    private static func writeAll(_ data: Data, to fd: Int32) throws(POSIXError) {
        var failure: POSIXError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
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
