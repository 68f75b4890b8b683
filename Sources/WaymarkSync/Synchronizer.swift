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
    /// The data directory: the repository is its `sync/`, and each progress file keeps
    /// its path under it in the repository (`progress.json`, `courses/<id>/progress.json`).
    public let dataDirectory: URL
    /// The store of the progress file in a directory: how every copy in and out is made.
    let makeStore: @Sendable (URL) -> ProgressStore
    let repository: SyncRepository
    /// The merge driver as git's config holds it: `<waymark> merge-progress %O %A %B`.
    let driverCommand: String
    /// Runs between the merge and the copy back: tests save there, as the view may.
    var beforeWriteBack: @Sendable () -> Void = {}
    /// How long a lock in a remote on this disk must stay unchanged to count as a
    /// killed push's leftover (see `RemoteLock`); a push holds one for milliseconds.
    var remoteLockSettle: Duration = .seconds(3)

    /// `executable`: the running `waymark`, named in the merge driver's command.
    /// `store`: the store for a directory's progress file (the view passes stores
    /// whose lock wait gives way to its own signal handling).
    public init(
        dataDirectory: URL, executable: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        store: @escaping @Sendable (URL) -> ProgressStore = { ProgressStore(directory: $0) }
    ) {
        self.dataDirectory = dataDirectory
        makeStore = store
        repository = SyncRepository(
            directory: Self.repositoryDirectory(in: dataDirectory), git: GitRunner(environment: environment))
        driverCommand = "\(Self.shellQuoted(executable)) merge-progress %O %A %B"
    }

    /// Syncs the data directory `store` keeps its file in, through `store` itself.
    public init(
        store: ProgressStore, executable: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let directory = store.directory.standardizedFileURL.path
        self.init(dataDirectory: store.directory, executable: executable, environment: environment) {
            $0.standardizedFileURL.path == directory ? store : ProgressStore(directory: $0)
        }
    }

    /// `<data-dir>/sync`: beside the live files, never among them.
    public static func repositoryDirectory(in dataDirectory: URL) -> URL {
        dataDirectory.appending(path: "sync", directoryHint: .isDirectory)
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

    /// The remote set with `--remote` for the repository in `dataDirectory`, or nil;
    /// read from its config file without running git, and without making a
    /// `Synchronizer` (it finds its executable and reads the whole environment,
    /// which a first frame need not pay for), so the view can ask at start.
    public static func remote(in dataDirectory: URL) -> String? {
        let config = gitDirectory(in: dataDirectory).appending(path: "config").path
        // Most learners never sync: a missing file is told by `access`, without the
        // error Foundation would build to say so.
        guard access(config, F_OK) == 0, let text = try? String(contentsOfFile: config, encoding: .utf8) else {
            return nil
        }
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

    private var lastSyncFile: URL { Self.lastSyncFile(in: dataDirectory) }

    private static func lastSyncFile(in dataDirectory: URL) -> URL {
        gitDirectory(in: dataDirectory).appending(path: "waymark-last-sync")
    }

    private static func gitDirectory(in dataDirectory: URL) -> URL {
        repositoryDirectory(in: dataDirectory).appending(path: ".git", directoryHint: .isDirectory)
    }

    /// When the last sync finished, or nil when none has.
    public var lastSynced: Date? { Self.lastSynced(in: dataDirectory) }

    /// When the last sync of the repository in `dataDirectory` finished: the time
    /// its marker file was written, by `stat` (FileManager's attribute dictionary
    /// cost a first frame a tenth of a millisecond).
    public static func lastSynced(in dataDirectory: URL) -> Date? {
        var status = stat()
        guard stat(lastSyncFile(in: dataDirectory).path, &status) == 0 else { return nil }
        return Date(
            timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000)
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
            let snapshots = try takeSnapshots()
            for (path, snapshot) in snapshots { try repository.write(snapshot.bytes, to: path) }
            if !snapshots.isEmpty {
                _ = try await repository.commit(snapshots.keys.sorted(), message: "Progress from \(Self.hostName)")
                try await repository.markLive()
            }
            if !fetched {
                try await fetch(remote)
                fetched = true
            }
            let theirs = try await repository.revision(SyncRepository.remoteBranch)
            var theirProgress: [String: LearnerProgress] = [:]
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
            guard let saved = try await writeBack(snapshots, restoring: before, remote: remote) else { continue }
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
            let blank = LearnerProgress()
            return SyncReport(
                remote: remote,
                changesIn: saved.reduce(0) {
                    $0 + ProgressDifference.count(snapshots[$1.key]?.progress ?? blank, $1.value)
                },
                changesOut: saved.reduce(0) { $0 + ProgressDifference.count(theirProgress[$1.key] ?? blank, $1.value) })
        }
        throw .keptChanging
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
