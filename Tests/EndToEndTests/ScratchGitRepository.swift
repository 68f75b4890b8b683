import Foundation
import Testing

/// git with a configuration of its own, so the learner's is never read or changed.
struct ScratchGitRepository {
    let directory: URL
    let home: URL

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs git; a failure other than a merge's is recorded as an issue.
    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.environment = [
            "PATH": "/usr/bin:/bin", "HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Learner", "GIT_AUTHOR_EMAIL": "learner@example.com",
            "GIT_COMMITTER_NAME": "Learner", "GIT_COMMITTER_EMAIL": "learner@example.com",
            "WAYMARK_DATA_DIR": home.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0, arguments.first != "merge" {
            Issue.record("git \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return Result(status: process.terminationStatus, output: text)
    }
}
