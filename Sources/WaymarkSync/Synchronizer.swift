import Foundation
import WaymarkCore

/// `waymark sync`: progress kept in a git repository beside the live files
/// (`<data-dir>/sync/`), merged with a remote entry by entry.
///
/// Git never touches the live `progress.json`. A sync copies it in (read through the
/// store), commits, fetches, merges with the merge driver, and copies the result
/// back through the store's atomic, locked save, then pushes. The store's lock is
/// held only for the copy out and the copy back, never across the network, so the
/// view keeps saving while a sync waits on a slow remote. If the view saved in
/// between, the merge is undone and done again on the newer file: the write-back
/// only ever replaces the exact revision that was merged.
public struct Synchronizer: Sendable {
    public let store: ProgressStore
    /// The data directory: the repository is its `sync/`, and the progress file keeps
    /// its path under it in the repository.
    public let dataDirectory: URL
    let repository: SyncRepository
    /// The merge driver as git's config holds it: `<waymark> merge-progress %O %A %B`.
    let driverCommand: String
    /// Runs between the merge and the copy back: tests save there, as the view may.
    var beforeWriteBack: @Sendable () -> Void = {}

    /// `executable`: the running `waymark`, named in the merge driver's command.
    /// `dataDirectory`: where `store` belongs, when its file lives deeper (a course's
    /// own folder); by default the store's directory.
    public init(
        store: ProgressStore, dataDirectory: URL? = nil, executable: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.store = store
        self.dataDirectory = dataDirectory ?? store.directory
        repository = SyncRepository(
            directory: Self.repositoryDirectory(in: self.dataDirectory), git: GitRunner(environment: environment))
        driverCommand = "\(Self.shellQuoted(executable)) merge-progress %O %A %B"
    }

    /// `<data-dir>/sync`: beside the live files, never among them.
    public static func repositoryDirectory(in dataDirectory: URL) -> URL {
        dataDirectory.appending(path: "sync", directoryHint: .isDirectory)
    }

    /// The progress file's path under the data directory, which it keeps in the
    /// repository, so each course's file lands in its own place.
    var relativePath: String {
        let base = dataDirectory.standardizedFileURL.path
        let file = store.fileURL.standardizedFileURL.path
        guard file.hasPrefix(base + "/") else { return store.fileURL.lastPathComponent }
        return String(file.dropFirst(base.count + 1))
    }

    // MARK: - Remote and status

    /// Sets where progress is synced (any URL or path git accepts).
    public func setRemote(_ url: String) async throws(SyncError) {
        try await repository.create()
        let lock = try SyncLock(in: repository.gitDirectory)
        defer { withExtendedLifetime(lock) {} }
        if try await repository.remoteURL != nil {
            try await repository.git(["remote", "set-url", "origin", url])
        } else {
            try await repository.git(["remote", "add", "origin", url])
        }
    }

    /// The remote set with `--remote`, or nil; read from the repository's config file
    /// without running git, so the view can ask at start.
    public var remote: String? {
        let config = repository.gitDirectory.appending(path: "config").path
        guard let text = try? String(contentsOfFile: config, encoding: .utf8) else { return nil }
        var inOrigin = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inOrigin = trimmed == "[remote \"origin\"]"
            } else if inOrigin, trimmed.hasPrefix("url") {
                let parts = trimmed.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "url" {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    private var lastSyncFile: URL { repository.gitDirectory.appending(path: "waymark-last-sync") }

    /// When the last sync finished, or nil when none has.
    public var lastSynced: Date? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: lastSyncFile.path) else { return nil }
        return attributes[.modificationDate] as? Date
    }

    // MARK: - Syncing

    /// Commits this machine's progress, merges the remote's, saves the result and
    /// pushes it. Throws a `SyncError` that says what to do; the live file is then
    /// as it was, or holds a finished merge.
    public func sync() async throws(SyncError) -> SyncReport {
        try await repository.create()
        let lock = try SyncLock(in: repository.gitDirectory)
        defer { withExtendedLifetime(lock) {} }
        try await repository.recover()
        try await repository.configure(driverCommand: driverCommand)
        guard let remote = try await repository.remoteURL else { throw .noRemote }
        var fetched = false
        for _ in 0..<5 {
            let snapshot = try takeSnapshot()
            if let bytes = snapshot.bytes {
                try repository.write(bytes, to: relativePath)
                _ = try await repository.commit(relativePath, message: "Progress from \(Self.hostName)")
                try await repository.markLive()
            }
            if !fetched {
                try await fetch(remote)
                fetched = true
            }
            let theirs = try await repository.revision(SyncRepository.remoteBranch)
            var theirProgress: LearnerProgress?
            if let theirs {
                theirProgress = try await checkWaymark(theirs, remote: remote)
            } else {
                try await checkBranches(remote: remote)
            }
            guard let before = try await repository.revision("HEAD") else {
                throw .gitFailed(command: "commit", detail: "no commit")
            }
            if let theirs { try await merge(theirs, remote: remote, restoring: before) }
            beforeWriteBack()
            guard let saved = try await writeBack(snapshot, restoring: before, remote: remote) else { continue }
            try await repository.markLive()
            let head = try await repository.revision("HEAD")
            if theirs == nil || head != theirs {
                guard try await push(remote) else {
                    // Someone pushed since the fetch: merge theirs too, then push again.
                    fetched = false
                    continue
                }
            }
            // Its modification time is the time of the last sync.
            try? Data(Date().formatted(.iso8601).utf8).write(to: lastSyncFile)
            return SyncReport(
                remote: remote, changesIn: ProgressDifference.count(snapshot.progress, saved),
                changesOut: ProgressDifference.count(theirProgress ?? LearnerProgress(), saved))
        }
        throw .keptChanging
    }

    /// The live file as the store reads it, and its exact bytes as the store writes them.
    struct Snapshot {
        var progress: LearnerProgress
        /// nil when there is no live file yet (a new machine): nothing to commit.
        var bytes: Data?
    }

    private func takeSnapshot() throws(SyncError) -> Snapshot {
        let progress: LearnerProgress
        do {
            progress = try store.load()
        } catch {
            throw .progressUnreadable(error.description)
        }
        guard FileManager.default.fileExists(atPath: store.fileURL.path) else { return Snapshot(progress: progress) }
        do {
            return Snapshot(progress: progress, bytes: try ProgressCodec.encode(progress))
        } catch {
            throw .progressUnreadable("\(error)")
        }
    }

    /// Copies the merged file out through the store, if the merge changed it and the
    /// live file is still the revision that was merged; otherwise the merge is undone
    /// and nil returned, so the caller merges again with the newer file. Returns the
    /// progress now saved, and leaves the repository holding exactly it.
    private func writeBack(_ snapshot: Snapshot, restoring before: String, remote: String) async throws(SyncError)
        -> LearnerProgress?
    {
        guard let merged = repository.contents(relativePath), merged != snapshot.bytes else { return snapshot.progress }
        let mergedProgress: LearnerProgress
        do {
            mergedProgress = try ProgressCodec.decode(merged, file: "\(remote): \(relativePath)")
        } catch {
            try await repository.git(["reset", "--quiet", "--hard", before])
            throw .remoteProgressRejected(remote: remote, detail: error.description)
        }
        var changedMeanwhile = false
        let saved: LearnerProgress
        do {
            saved = try store.update { progress in
                guard progress.revision == snapshot.progress.revision else {
                    changedMeanwhile = true
                    return false
                }
                progress = mergedProgress
                return true
            }
        } catch {
            try await repository.git(["reset", "--quiet", "--hard", before])
            throw .progressUnreadable(error.description)
        }
        guard !changedMeanwhile else {
            try await repository.git(["reset", "--quiet", "--hard", before])
            return nil
        }
        // The save counted one more revision: commit the file as saved, so the next
        // sync finds nothing new unless the learner changed something.
        do {
            try repository.write(try ProgressCodec.encode(saved), to: relativePath)
        } catch let error as SyncError {
            throw error
        } catch {
            throw .progressUnreadable("\(error)")
        }
        _ = try await repository.commit(relativePath, message: "Merged progress saved on \(Self.hostName)")
        return saved
    }

    static var hostName: String {
        ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "this machine"
    }

    /// Single quotes for `sh`, which git runs the driver's command with.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// For callers outside Swift concurrency: the command line's main thread, the
/// view's sync thread. They block until the sync ends. Never call these from a
/// task: the wait would hold one of the few threads the sync itself needs.
extension Synchronizer {
    public func syncWaiting() throws(SyncError) -> SyncReport {
        try Self.wait { () async throws(SyncError) in try await sync() }
    }

    public func setRemoteWaiting(_ url: String) throws(SyncError) {
        try Self.wait { () async throws(SyncError) in try await setRemote(url) }
    }

    private static func wait<Value: Sendable>(_ work: @escaping @Sendable () async throws(SyncError) -> Value)
        throws(SyncError) -> Value
    {
        let box = WaitBox<Value>()
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do throws(SyncError) {
                box.value = .success(try await work())
            } catch {
                box.value = .failure(error)
            }
            finished.signal()
        }
        finished.wait()
        switch box.value {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw .gitFailed(command: "sync", detail: "it ended without a result")
        }
    }
}

/// Carries the result from the task to the waiting thread; the semaphore orders
/// the write before the read.
private final class WaitBox<Value: Sendable>: @unchecked Sendable {
    var value: Result<Value, SyncError>?
}
