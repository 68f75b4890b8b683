import Foundation
import WaymarkCore

@testable import WaymarkSync

/// A temporary directory with data directories and bare remotes in it; real git,
/// every remote a local path, so the tests need no network.
final class SyncFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "waymark-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func store(_ name: String) -> ProgressStore {
        ProgressStore(directory: root.appending(path: name, directoryHint: .isDirectory))
    }

    /// Most tests need no merge driver: no merge in them has two sides that changed.
    func synchronizer(
        _ name: String, executable: String = "/nonexistent/waymark",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Synchronizer {
        Synchronizer(store: store(name), executable: executable, environment: environment)
    }

    /// A machine that started a path and synced it once with `remote`.
    func syncedOnce(_ name: String, with remote: String) async throws -> Synchronizer {
        try store(name).startPath()
        let sync = synchronizer(name)
        try await sync.setRemote(remote)
        _ = try await sync.sync()
        return sync
    }

    /// The `waymark` that `swift test` built beside the test bundle: the merge driver.
    static let builtWaymark: String? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [beside, beside.deletingLastPathComponent()].map { $0.appending(path: "waymark").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// An empty bare repository: what a learner makes on a server or a USB stick.
    func bareRemote(_ name: String = "remote.git") throws -> String {
        let path = root.appending(path: name).path
        try git(["init", "--quiet", "--bare", path], in: root)
        return path
    }

    /// Runs git for the test's own setup; the output, or a thrown failure.
    @discardableResult
    func git(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables.merge(SyncRepository.identity) { $1 }
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "git \(arguments) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A repository of something else, pushed to `remote`'s `branch`.
    func pushForeignProject(to remote: String, branch: String) throws {
        let work = root.appending(path: "foreign-\(UUID().uuidString)")
        try git(["init", "--quiet", "--initial-branch=\(branch)", work.path], in: root)
        try Data("# My project\n".utf8).write(to: work.appending(path: "README.md"))
        try git(["add", "README.md"], in: work)
        try git(["commit", "--quiet", "-m", "Start"], in: work)
        try git(["push", "--quiet", remote, "\(branch):\(branch)"], in: work)
    }
}

extension ProgressStore {
    /// Starts a path, so the file exists and holds something.
    func startPath(_ id: String = "foundation-builder") throws {
        try apply([.start(pathID: id, on: Day(Date(timeIntervalSince1970: 1_790_000_000), in: .utc), restart: false)])
    }

    var fileBytes: Data? { FileManager.default.contents(atPath: fileURL.path) }
}
