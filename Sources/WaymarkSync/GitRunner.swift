import Foundation
import Subprocess

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

/// Runs `git` as a subprocess. Git never prompts: no terminal
/// prompt for a password, ssh in batch mode, so a sync that cannot authenticate
/// fails at once instead of hanging on a question nobody sees (the interactive
/// view owns the terminal).
struct GitRunner: Sendable {
    /// What one git command left behind.
    struct Output: Sendable {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var succeeded: Bool { status == 0 }
    }

    /// The environment given (the process's own; a test's with another `PATH`), with
    /// the settings that keep git quiet and non-interactive.
    let environment: [String: String]

    static let batchOptions = "-o BatchMode=yes -o ConnectTimeout=20"

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var environment = environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        // Askpass helpers open windows or prompts of their own.
        environment["GIT_ASKPASS"] = "true"
        environment["SSH_ASKPASS"] = "true"
        environment["LC_ALL"] = "C"  // Messages are classified by their English words.
        // ssh would ask for a passphrase or a host key on the terminal the view owns.
        // A `core.sshCommand` of the user's gets the same options (see `Synchronizer.fetch`).
        if environment["GIT_SSH_COMMAND"] == nil {
            environment["GIT_SSH_COMMAND"] = "ssh " + Self.batchOptions
        }
        // A user's pager or editor must never start: git output is read, not shown.
        environment["GIT_PAGER"] = "cat"
        environment["GIT_EDITOR"] = "true"
        self.environment = environment
    }

    /// Runs `git arguments` in `directory`. Throws `SyncError.gitMissing` when no
    /// git is on the `PATH`; any other outcome, failure included, is returned.
    func run(_ arguments: [String], in directory: URL, extraEnvironment: [String: String] = [:]) async throws(SyncError)
        -> Output
    {
        var variables = environment
        variables.merge(extraEnvironment) { _, new in new }
        let keyed = Dictionary(
            uniqueKeysWithValues: variables.map { (Environment.Key(stringLiteral: $0.key), $0.value) })
        do {
            let result = try await Subprocess.run(
                .name("git"), arguments: Arguments(arguments), environment: .custom(keyed),
                workingDirectory: FilePath(directory.path), output: .string(limit: 8 << 20),
                error: .string(limit: 1 << 20))
            let status: Int32 =
                switch result.terminationStatus {
                case .exited(let code): Int32(code)
                case .signaled(let signal): 128 + Int32(signal)
                }
            return Output(status: status, standardOutput: result.standardOutput, standardError: result.standardError)
        } catch let error as SubprocessError where error.code == .init(.executableNotFound) {
            throw .gitMissing
        } catch {
            throw .gitFailed(command: arguments.first ?? "", detail: "\(error)")
        }
    }
}
