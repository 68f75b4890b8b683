import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and writes `progress.json` so that no work is ever lost: saves are atomic
/// and durable, every edit is replayed on the freshest file under an exclusive lock
/// (so two running instances merge rather than clobber), the previous good file is
/// kept as a backup, and a damaged or newer file is refused, never overwritten.
public struct ProgressStore: Sendable {
    /// Refused before decoding: no real progress file comes near this. A review log
    /// of 100,000 answers, which the daily loop is built for, takes about 22 MB.
    public static let maxFileBytes = 64 << 20

    public let directory: URL
    /// How files are replaced; tests inject failing system calls here.
    let durableFile: DurableFile
    /// How long a save waits for another instance, and what cuts the wait short.
    let lockWait: LockWait
    /// The course whose progress this is: its renames are moved on every read, and
    /// it decides whether `legacyFile` is its own. Nil keeps the file as it is.
    public let course: ProgressKeys?
    /// The one file an earlier Waymark kept every course's progress in, which this
    /// course takes a copy of when it has no file yet (see `ProgressStore+Legacy`).
    public let legacyFile: URL?
    /// The file as this store last read or wrote it, shared by copies of the store.
    private let lastSeen = LastSeenFile()

    /// `lockWait`: the interactive view passes its own signal check; the command line
    /// keeps the default, which catches Ctrl-C for the length of the wait.
    public init(
        directory: URL, lockWait: LockWait = LockWait(), course: ProgressKeys? = nil, legacyFile: URL? = nil
    ) {
        self.init(
            directory: directory, durableFile: DurableFile(), lockWait: lockWait, course: course,
            legacyFile: legacyFile)
    }

    init(
        directory: URL, durableFile: DurableFile, lockWait: LockWait = LockWait(), course: ProgressKeys? = nil,
        legacyFile: URL? = nil
    ) {
        self.directory = directory
        self.durableFile = durableFile
        self.lockWait = lockWait
        self.course = course
        self.legacyFile = legacyFile
    }

    /// The progress file as configured: what messages name.
    public var fileURL: URL { directory.appending(path: "progress.json", directoryHint: .notDirectory) }
    public var backupURL: URL { realFile.backup }
    var lockURL: URL { realFile.lock }

    /// Where the data really lives. `progress.json` may be a symlink to a file
    /// elsewhere (dotfile managers do this); the lock, the backup, temporary files
    /// and their cleanup all belong beside the real file, or two instances reaching
    /// it by different names would lock different files and clobber each other.
    /// Resolved afresh for every operation, so a link made while Waymark runs counts.
    var realFile: ProgressLocation { ProgressLocation(configured: fileURL) }

    /// `--data-dir`, else `$WAYMARK_DATA_DIR`, else `$XDG_DATA_HOME/waymark`, else
    /// `~/.local/share/waymark`.
    /// Each URL is marked a directory up front: without the hint Foundation asks
    /// the file system.
    /// A relative `HOME`, like a relative `XDG_DATA_HOME`, is ignored (the XDG rule):
    /// it would put progress under whatever directory Waymark was started in.
    public static func directory(
        explicit: String?, environment: (String) -> String? = Environment.value
    ) -> URL {
        func folder(_ path: String) -> URL { URL(fileURLWithPath: path, isDirectory: true) }
        if let explicit, !explicit.isEmpty { return folder(explicit) }
        if let dir = environment("WAYMARK_DATA_DIR"), !dir.isEmpty { return folder(dir) }
        if let xdg = environment("XDG_DATA_HOME"), xdg.hasPrefix("/") {
            return folder(xdg).appending(path: "waymark", directoryHint: .isDirectory)
        }
        let home = environment("HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? Self.accountHome()
        return folder(home).appending(path: ".local/share/waymark", directoryHint: .isDirectory)
    }

    /// The home directory from the password database, not from `HOME`.
    private static func accountHome() -> String {
        if let entry = getpwuid(getuid()), let home = entry.pointee.pw_dir {
            let path = String(cString: home)
            if path.hasPrefix("/") { return path }
        }
        return "/"
    }

    /// The saved progress; an empty one when there is no file yet.
    public func load() throws(ProgressError) -> LearnerProgress {
        guard try directoryExists() else { return try legacyProgress()?.progress ?? LearnerProgress() }
        let location = realFile
        // A reader that cannot take the lock (a read-only directory) still reads:
        // the rename-based save means it sees a whole file either way.
        let lock: FileLock?
        do {
            lock = try FileLock(at: location.lock, exclusive: false, wait: lockWait)
        } catch .interrupted {
            throw .interrupted(file: fileURL.path)
        } catch {
            lock = nil
        }
        defer { withExtendedLifetime(lock) {} }
        // With the lock shared, no save is in flight: leftovers are from a killed one.
        if lock != nil { location.removeStaleTemporaryFiles() }
        let file = try read(location, forEditing: false)
        // Not copied yet (a read-only disk, say): the old shared file is read as it is.
        if !file.exists, let legacy = try legacyProgress() { return legacy.progress }
        return file.progress
    }

    /// Whether the data directory exists. A path that cannot be looked at (a symlink
    /// loop, a name too long, no permission) is an error, not "no progress yet":
    /// saying "nothing started" now and "file exists" on the next save would be a lie.
    private func directoryExists() throws(ProgressError) -> Bool {
        var status = stat()
        if stat(directory.path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw .unreadable(
                    file: directory.path, reason: "it is not a directory; choose another place with --data-dir")
            }
            return true
        }
        let error = POSIXError.current
        if error.code == .ENOENT { return false }
        throw .unreadable(file: directory.path, reason: ProgressLocation.describe(error))
    }

    /// Applies `changes` to the freshest saved progress under an exclusive lock and
    /// saves the result. Returns what is now on disk.
    @discardableResult
    public func apply(_ changes: [ProgressChange]) throws(ProgressError) -> LearnerProgress {
        try update { progress in
            var changed = false
            for change in changes {
                changed = progress.apply(change) || changed
            }
            return changed
        }
    }

    /// The exclusive lock every write takes, its failures worded for the learner.
    func writeLock(at location: ProgressLocation) throws(ProgressError) -> FileLock {
        do {
            return try FileLock(at: location.lock, exclusive: true, wait: lockWait)
        } catch {
            switch error {
            case .interrupted: throw .interrupted(file: fileURL.path)
            case .timedOut(let holder): throw .lockTimedOut(file: fileURL.path, holder: holder)
            case .system(let error):
                // Usually a read-only file system: say the save failed, not that a lock file is unreadable.
                throw .saveFailed(
                    file: fileURL.path, reason: "cannot create its lock file \(location.lock.path): \(error.reason)",
                    previousKept: location.fileExists)
            }
        }
    }

    /// The general form of `apply`: `edit` runs on the freshest copy, under the lock,
    /// and returns whether it changed anything; when it did not, nothing is written
    /// (comparing the copies instead would walk all 20,000 entries on every save).
    @discardableResult
    public func update(_ edit: (inout LearnerProgress) -> Bool) throws(ProgressError) -> LearnerProgress {
        try prepareDirectory()
        let location = realFile
        let lock = try writeLock(at: location)
        defer { withExtendedLifetime(lock) {} }
        location.removeStaleTemporaryFiles()
        // A course with no file of its own starts from the old shared one, if that is
        // its: a save must never begin afresh beside progress the learner made.
        if legacyFile != nil, isVacant { try adoptLegacyFile(into: location) }
        var file = try read(location, forEditing: true)
        let revision = file.progress.revision
        guard edit(&file.progress) || !file.exists else {
            // Nothing changed: the copy goes back to the cache as it came.
            if let identity = file.identity {
                lastSeen.remember(
                    identity, file.progress, writtenVersion: file.writtenVersion, renamed: file.renamed)
            }
            return file.progress
        }
        // An edit may carry a larger count from elsewhere (a sync writing back a merge
        // another machine saved): keeping it lets two machines' files end up identical.
        file.progress.revision = max(revision + 1, file.progress.revision)
        try save(
            file.progress, to: location, replacingExisting: file.exists, writtenVersion: file.writtenVersion,
            renamed: file.renamed)
        return file.progress
    }

    /// The saved progress, when the file changed since this store last read or wrote
    /// it (another terminal's `waymark check`, a sync); nil when it did not. One
    /// `stat` when nothing changed, so the view can ask every idle moment.
    public func reloadIfChanged() throws(ProgressError) -> LearnerProgress? {
        var status = stat()
        guard stat(realFile.file.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        guard !lastSeen.isCurrent(FileIdentity(status)) else { return nil }
        return try load()
    }

    /// Where the file as an older Waymark wrote it is kept once it is migrated.
    public func originalURL(ofSchema version: Int) -> URL {
        realFile.original(ofSchema: version)
    }

    /// Foundation's errors as a person reads them, without "NSCocoaErrorDomain".
    static func reason(_ error: any Error) -> String {
        if let posix = (error as? CocoaError)?.underlying as? POSIXError { return posix.reason }
        if let posix = error as? POSIXError { return posix.reason }
        return error.localizedDescription
    }

    // MARK: - Reading

    /// The progress file as read.
    private struct ReadFile {
        var progress: LearnerProgress
        var exists: Bool
        /// The schema version the file was written in.
        var writtenVersion: Int
        /// Which file it was, when there is one.
        var identity: FileIdentity?
        /// Whether entries under old ids were moved when it was read: the file on disk
        /// still has them, so the first save keeps it as it is.
        var renamed = false
    }

    /// A file this store last read or wrote, untouched since (same inode, size, mtime
    /// and ctime), is not read again: with 20,000 entries decoding is most of the cost
    /// of a save. `forEditing` hands the cached progress over instead of sharing it,
    /// so the edit changes it in place rather than copying every entry first; the
    /// caller puts back what it ends up with (after a failed save, nothing: the next
    /// read decodes the file again).
    private func read(_ location: ProgressLocation, forEditing: Bool) throws(ProgressError) -> ReadFile {
        let file = fileURL.path
        let fd = open(location.file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT {
                // A dangling symlink is not "no progress yet": refuse to paper over it.
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) != nil {
                    throw .unreadable(file: file, reason: "it is a symbolic link to a file that does not exist")
                }
                return ReadFile(
                    progress: LearnerProgress(), exists: false, writtenVersion: LearnerProgress.currentSchemaVersion)
            }
            throw .unreadable(file: file, reason: ProgressLocation.describe(.current))
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
        let identity = FileIdentity(status)
        if let seen = forEditing ? lastSeen.take(ifUnchanged: identity) : lastSeen.progress(ifUnchanged: identity) {
            return ReadFile(
                progress: seen.progress, exists: true, writtenVersion: seen.writtenVersion, identity: identity,
                renamed: seen.renamed)
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        let bytes: Data
        do {
            bytes = try handle.read(upToCount: Self.maxFileBytes + 1) ?? Data()
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
        guard bytes.count <= Self.maxFileBytes else { throw .tooLarge(file: file, bytes: bytes.count) }
        let backup = FileManager.default.fileExists(atPath: location.backup.path) ? location.backup.path : nil
        var decoded = try ProgressCodec.decodeVersioned(bytes, file: fileURL.path, backup: backup)
        let renamed = course.map { decoded.progress.moveRenamedIDs($0.renames) } ?? false
        if !forEditing {
            lastSeen.remember(identity, decoded.progress, writtenVersion: decoded.writtenVersion, renamed: renamed)
        }
        return ReadFile(
            progress: decoded.progress, exists: true, writtenVersion: decoded.writtenVersion, identity: identity,
            renamed: renamed)
    }

    // MARK: - Writing

    func prepareDirectory() throws(ProgressError) {
        // Checked before anything is created: a path too long for the system would
        // otherwise fail halfway down and leave a trail of empty directories behind.
        guard directory.path.utf8.count + ProgressLocation.longestName < Int(PATH_MAX) else {
            throw .saveFailed(
                file: fileURL.path, reason: "the data directory's path is longer than this system allows",
                previousKept: false)
        }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .saveFailed(
                file: fileURL.path, reason: "cannot create the directory \(directory.path): \(Self.reason(error))",
                previousKept: false)
        }
    }

    private func save(
        _ progress: LearnerProgress, to location: ProgressLocation, replacingExisting exists: Bool, writtenVersion: Int,
        renamed: Bool
    ) throws(ProgressError) {
        guard let bytes = progress.readableJSON else { throw .dateOutOfRange(file: fileURL.path) }
        // Write through a symlink (dotfile managers link the file from elsewhere).
        let target = location.file
        var mode: mode_t = 0o600
        var status = stat()
        if stat(target.path, &status) == 0 { mode = status.st_mode & 0o7777 }
        // Each step names the file it failed on: a directory squatting on the backup's
        // name must not read as a problem with progress.json itself.
        var step = target
        do throws(POSIXError) {
            if exists {
                if writtenVersion < LearnerProgress.currentSchemaVersion {
                    step = location.original(ofSchema: writtenVersion)
                    try keepOriginal(of: target, as: step, mode: mode)
                }
                if renamed {
                    step = location.beforeRename(on: Date())
                    try keepOriginal(of: target, as: step, mode: mode)
                }
                step = location.backup
                try keepBackup(of: target, as: step, mode: mode)
            }
            step = target
            try durableFile.write(bytes, to: target, mode: mode)
        } catch {
            let reason = step == target ? error.reason : "\(step.path): \(error.reason)"
            throw .saveFailed(file: fileURL.path, reason: reason, previousKept: exists)
        }
        if stat(target.path, &status) == 0 {
            lastSeen.remember(
                FileIdentity(status), progress, writtenVersion: LearnerProgress.currentSchemaVersion, renamed: false)
        }
    }

    /// Keeps the file being replaced (it parsed, so it is good) as the backup: a
    /// hard link, so no bytes are copied or synced twice. The directory sync after
    /// the new file's rename makes both renames durable.
    private func keepBackup(of target: URL, as backup: URL, mode: mode_t) throws(POSIXError) {
        if try durableFile.link(target, as: backup) { return }
        try durableFile.write(try contents(of: target), to: backup, mode: mode)
    }

    /// Keeps the file an older Waymark wrote, once, before the first save migrates it,
    /// so going back to that release stays possible; and the file as it was before
    /// renamed ids moved.
    private func keepOriginal(of target: URL, as original: URL, mode: mode_t) throws(POSIXError) {
        guard !FileManager.default.fileExists(atPath: original.path) else { return }
        try durableFile.write(try contents(of: target), to: original, mode: mode)
    }

    /// The file's bytes, for the rare copy (no hard links; a migrated original).
    func contents(of file: URL) throws(POSIXError) -> Data {
        do {
            return try Data(contentsOf: file)
        } catch let error as CocoaError {
            throw (error.underlying as? POSIXError) ?? POSIXError(.EIO)
        } catch {
            throw POSIXError(.EIO)
        }
    }
}
