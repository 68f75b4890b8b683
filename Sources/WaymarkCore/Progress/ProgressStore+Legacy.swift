import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Before progress was kept per course, one `progress.json` in the data directory
/// served every course. A course that has no file of its own yet takes a copy of
/// that file when it is the course's (`ProgressKeys.owns`); the old file is left
/// exactly as it was, so nothing is lost and a second course can still claim it.
extension ProgressStore {
    /// Copies the old shared file to this course's place when the course has no file
    /// yet and the old one is its; returns the old file's URL when it did. The copy is
    /// made under this course's lock, atomically and durably, byte for byte (unknown
    /// fields, an older schema and all: the first save migrates it as usual).
    public func adoptLegacyFile() throws(ProgressError) -> URL? {
        guard legacyFile != nil, course != nil, isVacant, try legacyProgress() != nil else { return nil }
        try prepareDirectory()
        let location = realFile
        let lock = try writeLock(at: location)
        defer { withExtendedLifetime(lock) {} }
        // Another instance may have copied it, or saved, while this one waited.
        guard isVacant else { return nil }
        return try adoptLegacyFile(into: location)
    }

    /// Whether nothing at all is at the course's file name: a dangling symlink is
    /// not room for a copy, but a problem that reading it reports.
    var isVacant: Bool {
        var status = stat()
        return lstat(fileURL.path, &status) != 0 && errno == ENOENT
    }

    /// The copy itself; the caller holds this course's lock and has seen no file.
    @discardableResult
    func adoptLegacyFile(into location: ProgressLocation) throws(ProgressError) -> URL? {
        guard let legacyFile, try legacyProgress() != nil else { return nil }
        let source = ProgressLocation(configured: legacyFile).file
        var status = stat()
        let mode = stat(source.path, &status) == 0 ? status.st_mode & 0o777 : 0o600
        do throws(POSIXError) {
            try durableFile.write(try contents(of: source), to: location.file, mode: mode)
        } catch {
            throw .saveFailed(
                file: fileURL.path, reason: "could not copy \(legacyFile.path) to it: \(error.reason)",
                previousKept: false)
        }
        return legacyFile
    }

    /// The old shared file's progress, renames moved, when it exists and is this
    /// course's; nil otherwise. A damaged old file is an error, as any progress file
    /// is: it may hold this course's work, so it is neither skipped nor overwritten.
    func legacyProgress() throws(ProgressError) -> (progress: LearnerProgress, file: URL)? {
        guard let legacyFile, let course else { return nil }
        // Nothing there (a fresh install): not even its lock file is made.
        var status = stat()
        guard lstat(legacyFile.path, &status) == 0 else { return nil }
        let legacy = ProgressStore(
            directory: legacyFile.deletingLastPathComponent(), durableFile: durableFile, lockWait: lockWait)
        guard legacy.fileURL == legacyFile else { return nil }
        var progress = try legacy.load()
        progress.moveRenamedIDs(course.renames)
        return course.owns(progress) ? (progress, legacyFile) : nil
    }
}
