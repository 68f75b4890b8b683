import Foundation

/// Runs the built `waymark` binary the way a learner would, with its own data
/// directory and a clean environment.
struct WaymarkBinary {
    let dataDirectory: URL

    init() {
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "waymark-cli-\(UUID().uuidString)")
    }

    /// The binary built next to the test bundle (`swift test` builds every product).
    static let url: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for directory in [beside, beside.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("waymark")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/waymark")
    }()

    /// The checkout this test file is in.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], stdout: FileHandle? = nil,
        executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? Self.url
        process.arguments = arguments
        var environment = ["PATH": "/usr/bin:/bin", "HOME": dataDirectory.path, "LANG": "C.UTF-8"]
        environment["WAYMARK_DATA_DIR"] = dataDirectory.path
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        if stdout != nil { try out.fileHandleForWriting.close() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The bundled course's progress file, `courses/distributed-systems/progress.json`.
    /// Its directory is made on the way, so that a test can plant a file there.
    var progressFile: URL {
        let directory = dataDirectory.appendingPathComponent("courses/distributed-systems")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("progress.json")
    }

    /// Where every course's progress was kept before it was kept per course.
    var legacyProgressFile: URL { dataDirectory.appendingPathComponent("progress.json") }

    /// A copy of the bundled curriculum in this binary's data directory, for a test
    /// to plant something in (a hostile title, say).
    func copyOfBundledCurriculum() throws -> URL {
        let pack = dataDirectory.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("curriculum"), to: pack)
        return pack
    }

    func removeData() { try? FileManager.default.removeItem(at: dataDirectory) }
}
