import Foundation
import WaymarkCore

/// The steps that talk to the remote, and the checks on what it holds.
extension Synchronizer {
    /// For fetch and push: a `core.sshCommand` the user set (to pick a key, say) is
    /// kept, in batch mode too; otherwise the environment's plain ssh command wins.
    func transportEnvironment() async throws(SyncError) -> [String: String] {
        guard ProcessInfo.processInfo.environment["GIT_SSH_COMMAND"] == nil else { return [:] }
        let configured = try await repository.git(["config", "--get", "core.sshCommand"], allowingFailure: true)
        let command = configured.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        guard configured.succeeded, !command.isEmpty else { return [:] }
        return ["GIT_SSH_COMMAND": command + " " + GitRunner.batchOptions]
    }

    func fetch(_ remote: String) async throws(SyncError) {
        let output = try await repository.git(
            ["fetch", "--quiet", "--no-tags", "--prune", "origin"], allowingFailure: true,
            environment: try await transportEnvironment())
        guard !output.succeeded else { return }
        throw SyncError.classify(transportFailure: output.standardError, remote: remote)
            ?? .gitFailed(command: "fetch", detail: SyncError.lastLine(of: output.standardError))
    }

    /// Pushes the branch; false when the remote moved on since the fetch, or when a
    /// lock a killed push left in it was cleared (see `RemoteLock`): fetch and push again.
    func push(_ remote: String) async throws(SyncError) -> Bool {
        let output = try await repository.git(
            ["push", "--quiet", "--no-verify", "origin", "HEAD:refs/heads/\(SyncRepository.branch)"],
            allowingFailure: true, environment: try await transportEnvironment())
        guard !output.succeeded else { return true }
        let text = output.standardError
        if text.contains("[rejected]") || text.contains("non-fast-forward") || text.contains("fetch first") {
            return false
        }
        if let lock = RemoteLock(pushError: text, remote: remote, repository: repository.directory) {
            let settle = remoteLockSettle
            guard await lock.clear(after: { try? await Task.sleep(for: settle) }) else {
                throw .remoteLocked(remote: remote, lock: lock.path)
            }
            return false
        }
        throw SyncError.classify(transportFailure: text, remote: remote)
            ?? .gitFailed(command: "push", detail: SyncError.lastLine(of: text))
    }

    /// Checks that the remote's branch is Waymark's: it grows from the shared root
    /// commit and holds progress files only. Returns the progress it holds, by file.
    func checkWaymark(_ theirs: String, remote: String) async throws(SyncError) -> [String: LearnerProgress] {
        guard let root = try await repository.rootCommit,
            try await repository.git(["merge-base", "--is-ancestor", root, theirs], allowingFailure: true).succeeded
        else { throw .foreignRemote(remote: remote, holds: "history that Waymark did not write") }
        let files = try await repository.git(["ls-tree", "-r", "--name-only", theirs]).standardOutput
            .split(whereSeparator: \.isNewline).map(String.init)
        let foreign = files.filter { !SyncRepository.isWaymarkFile($0) }
        guard foreign.isEmpty else {
            let named = foreign.prefix(3).joined(separator: ", ")
            throw .foreignRemote(remote: remote, holds: "other files (\(named)\(foreign.count > 3 ? ", ..." : ""))")
        }
        var progress: [String: LearnerProgress] = [:]
        for path in files where SyncRepository.isProgressFile(path) {
            guard let bytes = try await repository.contents(path, at: theirs) else { continue }
            do {
                progress[path] = try ProgressCodec.decode(bytes, file: "\(remote): \(path)")
            } catch {
                throw .remoteProgressRejected(remote: remote, detail: error.description)
            }
        }
        return progress
    }

    /// When the remote has no `main` at all, any other branch means it is a
    /// repository for something else.
    func checkBranches(remote: String) async throws(SyncError) {
        let refs = try await repository.git(["for-each-ref", "--format=%(refname:short)", "refs/remotes/origin"])
            .standardOutput.split(whereSeparator: \.isNewline).map(String.init)
            .filter { $0 != "origin/HEAD" && $0 != "origin" }
        guard !refs.isEmpty else { return }
        let named = refs.prefix(3).map { String($0.dropFirst("origin/".count)) }.joined(separator: ", ")
        throw .foreignRemote(remote: remote, holds: "branches of its own (\(named)) and no Waymark progress")
    }

    /// Merges the remote's branch with the merge driver. When the driver refuses,
    /// the merge is abandoned and the repository put back as it was.
    func merge(_ theirs: String, remote: String, restoring before: String) async throws(SyncError) {
        let output = try await repository.git(
            ["merge", "--quiet", "--no-edit", "--ff", "--no-verify", "-m", "Merge progress from \(remote)", theirs],
            allowingFailure: true)
        guard !output.succeeded else { return }
        try await repository.git(["merge", "--abort"], allowingFailure: true)
        try await repository.git(["reset", "--quiet", "--hard", before])
        let detail =
            output.standardError.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            ? "its progress does not merge with this machine's"
            : SyncError.lastLine(of: output.standardError)
        throw .remoteProgressRejected(remote: remote, detail: detail)
    }
}
