#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls a durable save makes. Tests swap one for a failing version to
/// see what a full disk (ENOSPC) or a read-only one (EROFS) does to a save, which
/// running as root with `chmod` cannot show.
struct FileSystemCalls: Sendable {
    var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int
    var fsync: @Sendable (_ fd: Int32) -> Int32
    var close: @Sendable (_ fd: Int32) -> Int32
    var rename: @Sendable (_ from: String, _ to: String) -> Int32
    var link: @Sendable (_ existing: String, _ new: String) -> Int32

    static let system = FileSystemCalls(
        open: { path, flags, mode in Glibc.open(path, flags, mode) },
        write: { fd, bytes, count in Glibc.write(fd, bytes, count) },
        fsync: { fd in Glibc.fsync(fd) },
        close: { fd in Glibc.close(fd) },
        rename: { from, to in Glibc.rename(from, to) },
        link: { existing, new in Glibc.link(existing, new) }
    )
}
