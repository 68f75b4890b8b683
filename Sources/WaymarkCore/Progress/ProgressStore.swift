import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and writes `progress.json` so that no work is ever lost: saves are atomic
/// and durable, every edit is replayed on the freshest file under an exclusive lock
/// (so two running instances merge rather than clobber), the previous good file is
/// kept as a backup, and a damaged or newer file is refused, never overwritten.
public struct ProgressStore: Sendable {
    /// Refused before decoding: no real progress file comes near this.
    public static let maxFileBytes = 16 << 20

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public var fileURL: URL { directory.appendingPathComponent("progress.json") }
    public var backupURL: URL { directory.appendingPathComponent("progress.json.bak") }
    var lockURL: URL { directory.appendingPathComponent("progress.lock") }

    /// `--data-dir`, else `$WAYMARK_DATA_DIR`, else `$XDG_DATA_HOME/waymark`, else
    /// `~/.local/share/waymark`.
    public static func directory(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let dir = environment["WAYMARK_DATA_DIR"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("waymark")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/waymark")
    }

    /// The saved progress; an empty one when there is no file yet.
    public func load() throws(ProgressError) -> LearnerProgress {
        guard FileManager.default.fileExists(atPath: directory.path) else { return LearnerProgress() }
        // A reader that cannot take the lock (a read-only directory) still reads:
        // the rename-based save means it sees a whole file either way.
        let lock = try? FileLock(at: lockURL, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        return try read().progress
    }

    /// Applies `changes` to the freshest saved progress under an exclusive lock and
    /// saves the result. Returns what is now on disk.
    @discardableResult
    public func apply(_ changes: [ProgressChange]) throws(ProgressError) -> LearnerProgress {
        try update { progress in
            for change in changes { progress.apply(change) }
        }
    }

    /// The general form of `apply`: `edit` runs on the freshest copy, under the lock.
    @discardableResult
    public func update(_ edit: (inout LearnerProgress) -> Void) throws(ProgressError) -> LearnerProgress {
        try prepareDirectory()
        let lock = try withIOError { () throws(POSIXError) in try FileLock(at: lockURL, exclusive: true) }
        defer { withExtendedLifetime(lock) {} }
        removeStaleTemporaryFiles()
        let current = try read()
        var progress = current.progress
        edit(&progress)
        guard progress != current.progress || current.bytes == nil else { return progress }
        try save(progress, replacing: current.bytes)
        return progress
    }

    // MARK: - Reading

    /// The file's progress and its raw bytes (nil when there is no file).
    private func read() throws(ProgressError) -> (progress: LearnerProgress, bytes: Data?) {
        let file = fileURL.path
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT {
                // A dangling symlink is not "no progress yet": refuse to paper over it.
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) != nil {
                    throw .unreadable(file: file, reason: "it is a symbolic link to a file that does not exist")
                }
                return (LearnerProgress(), nil)
            }
            throw .unreadable(file: file, reason: POSIXError.current.reason)
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .unreadable(file: file, reason: POSIXError.current.reason) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notARegularFile(file: file, kind: "a directory")
        case S_IFIFO: throw .notARegularFile(file: file, kind: "a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK: throw .notARegularFile(file: file, kind: "a device")
        case S_IFSOCK: throw .notARegularFile(file: file, kind: "a socket")
        default: throw .notARegularFile(file: file, kind: "not a regular file")
        }
        guard Int(status.st_size) <= Self.maxFileBytes else { throw .tooLarge(file: file, bytes: Int(status.st_size)) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        let bytes: Data
        do {
            bytes = try handle.read(upToCount: Self.maxFileBytes + 1) ?? Data()
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
        guard bytes.count <= Self.maxFileBytes else { throw .tooLarge(file: file, bytes: bytes.count) }
        return (try decode(bytes), bytes)
    }

    private func decode(_ bytes: Data) throws(ProgressError) -> LearnerProgress {
        let backup = FileManager.default.fileExists(atPath: backupURL.path) ? backupURL.path : nil
        func corrupt(_ detail: String) -> ProgressError {
            .corrupt(file: fileURL.path, detail: detail, backup: backup)
        }
        guard !bytes.isEmpty else { throw corrupt("the file is empty") }
        guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
            throw corrupt("it is not a JSON object")
        }
        guard let version = object["schemaVersion"] as? Int else {
            throw corrupt("it has no schemaVersion")
        }
        guard version <= LearnerProgress.currentSchemaVersion else {
            throw .newerSchema(file: fileURL.path, version: version)
        }
        guard version >= 1 else { throw corrupt("schemaVersion \(version) is not one Waymark ever wrote") }
        do {
            return try Self.decoder.decode(LearnerProgress.self, from: bytes)
        } catch let error as DecodingError {
            throw corrupt(Self.explain(error))
        } catch {
            throw corrupt("\(error)")
        }
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty
                ? "the top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value at \(path(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return "bad value at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    // MARK: - Writing

    private func prepareDirectory() throws(ProgressError) {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .saveFailed(
                file: fileURL.path, reason: "cannot create \(directory.path): \(error.localizedDescription)")
        }
    }

    private func save(_ progress: LearnerProgress, replacing previous: Data?) throws(ProgressError) {
        let data: Data
        do {
            data = try Self.encoder.encode(progress) + Data("\n".utf8)
        } catch {
            throw .saveFailed(file: fileURL.path, reason: "\(error)")
        }
        // Write through a symlink (dotfile managers link the file from elsewhere).
        let target = fileURL.resolvingSymlinksInPath()
        var mode: mode_t = 0o600
        var status = stat()
        if stat(target.path, &status) == 0 { mode = status.st_mode & 0o7777 }
        do {
            if let previous { try keepBackup(previous, of: target, mode: mode) }
            try DurableFile.write(data, to: target, mode: mode)
        } catch {
            throw .saveFailed(file: fileURL.path, reason: error.reason)
        }
    }

    /// Keeps the file being replaced (it parsed, so it is good) as the backup.
    private func keepBackup(_ previous: Data, of target: URL, mode: mode_t) throws(POSIXError) {
        let backup = target.deletingLastPathComponent().appendingPathComponent(target.lastPathComponent + ".bak")
        try DurableFile.write(previous, to: backup, mode: mode)
    }

    /// Temporary files left by a save that was killed. Called under the exclusive
    /// lock, when no other save can be in flight.
    private func removeStaleTemporaryFiles() {
        let prefix = DurableFile.temporaryPrefix(for: fileURL)
        let directories = Set([directory.path, fileURL.resolvingSymlinksInPath().deletingLastPathComponent().path])
        for dir in directories {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            where name.hasPrefix(prefix) || name.hasPrefix("progress.json.bak.tmp-") {
                unlink(dir + "/" + name)
            }
        }
    }

    private func withIOError<T>(_ body: () throws(POSIXError) -> T) throws(ProgressError) -> T {
        do {
            return try body()
        } catch {
            throw .unreadable(file: lockURL.path, reason: error.reason)
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
