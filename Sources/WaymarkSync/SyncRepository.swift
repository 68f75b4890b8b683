import Foundation

/// The git work tree beside the live files, `<data-dir>/sync/`. Git reads and writes
/// only here; the live `progress.json` is copied in and merged results copied out by
/// `Synchronizer`, through the progress store, so whatever git does or however it is
/// killed, the live file stays whole and lock-protected.
struct SyncRepository: Sendable {
    let directory: URL
    let git: GitRunner

    /// The one branch Waymark syncs, here and on the remote.
    static let branch = "main"
    static let remoteBranch = "refs/remotes/origin/main"
    /// The merge driver's name in `.gitattributes` and the repository's config.
    static let driver = "waymark-progress"
    /// The first commit of every Waymark repository: the same tree, author, date and
    /// message everywhere, so it has the same id on every machine. Two machines'
    /// histories then always share it (a merge needs no unrelated-histories flag),
    /// and a remote whose history lacks it is not Waymark's.
    static let markerFile = "WAYMARK"
    static let markerText =
        "Learning progress kept by Waymark (`waymark sync`). Edit it through Waymark, not by hand.\n"
    static let attributes = "progress.json merge=waymark-progress\n"
    /// Git's and the sync's own working files: never committed.
    static let ignored = "*.lock\n*.bak\n*.tmp-*\n"

    /// Every file a Waymark branch may hold; anything else means the remote is not ours.
    static func isWaymarkFile(_ path: String) -> Bool {
        [markerFile, ".gitattributes", ".gitignore"].contains(path) || isProgressFile(path)
    }

    /// `progress.json`, or a course's `courses/<id>/progress.json`.
    static func isProgressFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return path == "progress.json"
            || (parts.count == 3 && parts[0] == "courses" && !parts[1].isEmpty && parts[2] == "progress.json")
    }

    /// Fixed identity for Waymark's commits: sync works on a machine where git has
    /// never been set up, and commit ids of the root do not depend on who made it.
    static let identity = [
        "GIT_AUTHOR_NAME": "Waymark", "GIT_AUTHOR_EMAIL": "waymark@localhost",
        "GIT_COMMITTER_NAME": "Waymark", "GIT_COMMITTER_EMAIL": "waymark@localhost",
    ]
    private static let rootDate = [
        "GIT_AUTHOR_DATE": "2000-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2000-01-01T00:00:00Z",
    ]

    var gitDirectory: URL { directory.appending(path: ".git", directoryHint: .isDirectory) }

    func file(_ relativePath: String) -> URL {
        directory.appending(path: relativePath, directoryHint: .notDirectory)
    }

    /// Runs git here; a nonzero exit becomes `gitFailed` unless `allowingFailure`.
    @discardableResult
    func git(_ arguments: [String], allowingFailure: Bool = false, environment: [String: String] = [:])
        async throws(SyncError) -> GitRunner.Output
    {
        let output = try await git.run(
            arguments, in: directory, extraEnvironment: Self.identity.merging(environment) { $1 })
        guard output.succeeded || allowingFailure else {
            throw .gitFailed(command: arguments.first ?? "", detail: SyncError.lastLine(of: output.standardError))
        }
        return output
    }

    // MARK: - Setting up

    /// Creates the repository if it is not there. The settings come after the sync
    /// lock is taken (see `configure`); the lock lives in `.git`, so git comes first.
    func create() async throws(SyncError) {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .gitFailed(command: "init", detail: "cannot create \(directory.path): \(error.localizedDescription)")
        }
        if !FileManager.default.fileExists(atPath: gitDirectory.appending(path: "HEAD").path) {
            try await git(["init", "--quiet", "--initial-branch=\(Self.branch)"])
        }
    }

    /// Writes the settings every sync relies on and makes the root commits when the
    /// branch has none. Called under the sync lock, after `recover`.
    func configure(driverCommand: String) async throws(SyncError) {
        try await git(["config", "merge.\(Self.driver).name", "Waymark progress: each entry merged on its own"])
        try await git(["config", "merge.\(Self.driver).driver", driverCommand])
        // Commits are Waymark's own bookkeeping: no signing prompts, no hooks.
        try await git(["config", "commit.gpgSign", "false"])
        try await git(["config", "core.hooksPath", "/dev/null"])
        if try await revision("refs/heads/\(Self.branch)") == nil { try await makeRoot() }
        // A later Waymark may change these files; a kill between the root commits left them out.
        try write(Data(Self.attributes.utf8), to: ".gitattributes")
        try write(Data(Self.ignored.utf8), to: ".gitignore")
        try await git(["add", "--", ".gitattributes", ".gitignore"])
        if !(try await git(["diff", "--cached", "--quiet"], allowingFailure: true).succeeded) {
            try await git(["commit", "--quiet", "--no-verify", "-m", "Update Waymark's settings files"])
        }
    }

    /// The shared first commits (see `markerFile`); the second, with the settings
    /// files, is fixed too, so fresh machines share it and their merges stay simple.
    private func makeRoot() async throws(SyncError) {
        try await git(["read-tree", "--empty"])
        try write(Data(Self.markerText.utf8), to: Self.markerFile)
        try await git(["add", "--", Self.markerFile])
        try await git(["commit", "--quiet", "--no-verify", "-m", "Waymark progress"], environment: Self.rootDate)
        try write(Data(Self.attributes.utf8), to: ".gitattributes")
        try write(Data(Self.ignored.utf8), to: ".gitignore")
        try await git(["add", "--", ".gitattributes", ".gitignore"])
        try await git(
            ["commit", "--quiet", "--no-verify", "-m", "Merge progress.json entry by entry; ignore working files"],
            environment: Self.rootDate)
    }

    /// The id of the first commit, which every Waymark repository shares.
    var rootCommit: String? {
        get async throws(SyncError) {
            let output = try await git(["rev-list", "--max-parents=0", "HEAD"], allowingFailure: true)
            return output.standardOutput.split(whereSeparator: \.isNewline).first.map(String.init)
        }
    }

    /// Puts the repository back to its last commit after a sync that was killed:
    /// a merge in progress abandoned, git's own lock removed (the caller holds the
    /// sync lock, so no git of ours is running here), and files half-written by a
    /// checkout restored. Nothing is lost: the live file is the truth, and the next
    /// step copies it in again.
    func recover() async throws(SyncError) {
        // Every git lock file (index, config, HEAD, refs) a killed git left behind.
        let root = gitDirectory.path
        let walker = FileManager.default.enumerator(atPath: root)
        while let name = walker?.nextObject() as? String {
            if name == "objects" { walker?.skipDescendants() }
            guard name.hasSuffix(".lock"), name != "waymark-sync.lock" else { continue }
            unlink(root + "/" + name)
        }
        if FileManager.default.fileExists(atPath: gitDirectory.appending(path: "MERGE_HEAD").path) {
            try await git(["merge", "--abort"], allowingFailure: true)
        }
        // Killed before the root commit: nothing to go back to yet.
        guard try await revision("HEAD") != nil else { return }
        // Back to the commit that matches the live file: a merge made but not yet
        // copied out is dropped and made again, or the next commit of the live file
        // on top of it would read to git as undoing everything the merge brought in.
        try await git(["reset", "--quiet", "--hard", try await revision(Self.liveReference) ?? "HEAD"])
        try await git(["clean", "--quiet", "-d", "--force"])
    }

    /// The last commit whose progress file is the live file's content.
    static let liveReference = "refs/waymark/live"

    /// Records that the commit at HEAD holds what the live file holds.
    func markLive() async throws(SyncError) {
        try await git(["update-ref", Self.liveReference, "HEAD"])
    }

    // MARK: - Reading

    /// The commit a name points to, or nil when it names nothing.
    func revision(_ name: String) async throws(SyncError) -> String? {
        let output = try await git(["rev-parse", "--verify", "--quiet", name + "^{commit}"], allowingFailure: true)
        let id = output.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        return output.succeeded && !id.isEmpty ? id : nil
    }

    var remoteURL: String? {
        get async throws(SyncError) {
            let output = try await git(["config", "--get", "remote.origin.url"], allowingFailure: true)
            let url = output.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            return output.succeeded && !url.isEmpty ? url : nil
        }
    }

    func contents(_ relativePath: String) -> Data? {
        FileManager.default.contents(atPath: file(relativePath).path)
    }

    /// The file as a commit holds it, or nil when it holds none.
    func contents(_ relativePath: String, at commit: String) async throws(SyncError) -> Data? {
        let output = try await git(["show", "\(commit):\(relativePath)"], allowingFailure: true)
        return output.succeeded ? Data(output.standardOutput.utf8) : nil
    }

    // MARK: - Writing

    /// Writes a file of the work tree. Not durable: the repository is a copy, and
    /// `recover` restores a file a crash left half-written.
    func write(_ bytes: Data, to relativePath: String) throws(SyncError) {
        let url = file(relativePath)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        } catch {
            throw .gitFailed(command: "add", detail: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Commits the files when they differ from the last commit; true when they did.
    func commit(_ relativePaths: [String], message: String) async throws(SyncError) -> Bool {
        try await git(["add", "--"] + relativePaths)
        guard !(try await git(["diff", "--cached", "--quiet"], allowingFailure: true).succeeded) else { return false }
        try await git(["commit", "--quiet", "--no-verify", "-m", message])
        return true
    }
}
