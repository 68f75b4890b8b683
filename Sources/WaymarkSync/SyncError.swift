import Foundation

/// Why a sync did not finish, in one sentence a learner can act on. Whatever the
/// failure, the live progress file is as it was or holds a completed merge: git
/// never writes it (see `Synchronizer`).
public enum SyncError: Error, Equatable, CustomStringConvertible {
    case gitMissing
    case noRemote
    case authenticationRefused(remote: String)
    case unreachable(remote: String)
    /// The remote's branch holds history or files Waymark did not write.
    case foreignRemote(remote: String, holds: String)
    /// The remote's progress file could not be merged (the merge driver refused it).
    case remoteProgressRejected(remote: String, detail: String)
    /// A push found a lock file in the remote that Waymark could not clear.
    case remoteLocked(remote: String, lock: String)
    case busy
    case progressUnreadable(String)
    case keptChanging
    case gitFailed(command: String, detail: String)

    public var description: String {
        switch self {
        case .gitMissing:
            return "Sync needs git, and no `git` is on your PATH. Install git (for example `sudo apt install git`), "
                + "then run `waymark sync` again."
        case .noRemote:
            return "No remote set. Say where progress goes, once: `waymark sync --remote URL`, where URL is a private "
                + "repository (git@github.com:you/waymark-progress.git) or a path such as /media/usb/waymark.git."
        case .authenticationRefused(let remote):
            return "\(remote) refused this machine (authentication failed). Your progress is saved here as always; "
                + "set up access (an ssh key or git's credential helper), then sync again."
        case .unreachable(let remote):
            return "Could not reach \(remote) (offline, a disk not mounted, or a wrong address). Your progress is "
                + "saved here as always; sync later."
        case .foreignRemote(let remote, let holds):
            return "\(remote) holds \(holds), not Waymark progress. Nothing was changed; choose an empty repository "
                + "with `waymark sync --remote URL`."
        case .remoteProgressRejected(let remote, let detail):
            return "The progress on \(remote) could not be merged (\(detail)). Your progress here is unchanged."
        case .remoteLocked(let remote, let lock):
            return "\(remote) is locked by \(lock), left by a push that was interrupted. If no other machine is "
                + "syncing, remove that file, then sync again. Your progress here is saved."
        case .busy:
            return "Another sync of this data directory is running; wait for it to finish, then sync again."
        case .progressUnreadable(let problem):
            return "Nothing was synced: \(problem)"
        case .keptChanging:
            return "Progress kept changing while it was being synced; nothing was lost. Sync again."
        case .gitFailed(let command, let detail):
            return "git \(command) failed: \(detail). Your progress here is unchanged."
        }
    }

    /// A failed fetch or push, told apart by git's own words (git runs with `LC_ALL=C`).
    /// `nil` when the words say neither: the caller reports git's last line.
    static func classify(transportFailure standardError: String, remote: String) -> SyncError? {
        let text = standardError.lowercased()
        let refused = [
            "authentication failed", "permission denied", "could not read username", "could not read password",
            "terminal prompts disabled", "the requested url returned error: 401",
            "the requested url returned error: 403", "host key verification failed",
        ]
        if refused.contains(where: text.contains) { return .authenticationRefused(remote: remote) }
        let unreachable = [
            "could not resolve host", "could not resolve hostname", "connection refused", "connection timed out",
            "operation timed out", "network is unreachable", "no route to host", "unable to access",
            "does not appear to be a git repository", "could not read from remote repository",
            "temporary failure in name resolution", "connection reset", "broken pipe", "early eof",
        ]
        if unreachable.contains(where: text.contains) { return .unreachable(remote: remote) }
        return nil
    }

    /// The last line git wrote that says something, for messages.
    static func lastLine(of standardError: String) -> String {
        let lines = standardError.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let line = lines.last(where: { !$0.isEmpty }) else { return "no message" }
        let trimmed = line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
        return trimmed.hasPrefix("error: ") ? String(trimmed.dropFirst(7)) : trimmed
    }
}
