import Foundation
import Testing

@testable import WaymarkCore

/// The merge driver's file handling: what git hands it, what it leaves behind.
@Suite("Progress file merge")
struct ProgressFileMergeTests {
    /// A fresh directory with the three files git passes, as the test writes them.
    struct Files {
        let directory: URL
        var base: String { directory.appendingPathComponent("base").path }
        var ours: String { directory.appendingPathComponent("ours").path }
        var theirs: String { directory.appendingPathComponent("theirs").path }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-merge-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        func write(_ progress: LearnerProgress, to path: String) throws {
            try ProgressCodec.encode(progress).write(to: URL(fileURLWithPath: path))
        }

        func write(_ text: String, to path: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

        func merge() throws(ProgressMergeError) -> ProgressFileMerge.Outcome {
            try ProgressFileMerge.merge(base: base, ours: ours, theirs: theirs)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    static let noon = Date(timeIntervalSince1970: 1_795_000_000)
    static let base = LearnerProgress().applying(.setState(deliverableID: "d", .inProgress, at: noon))
    static var ours: LearnerProgress {
        var progress = base.applying(.setState(deliverableID: "d", .done, at: noon.addingTimeInterval(60)))
        progress.revision = 4
        return progress
    }
    static var theirs: LearnerProgress {
        var progress = base.applying(.markRead(lessonID: "cap", at: noon))
        progress.revision = 7
        return progress
    }

    @Test("the merge replaces OURS with the bytes a save of the merged progress writes")
    func writesSavedBytes() throws {
        let files = try Files()
        defer { files.remove() }
        try files.write(Self.base, to: files.base)
        try files.write(Self.ours, to: files.ours)
        try files.write(Self.theirs, to: files.theirs)
        #expect(try files.merge() == ProgressFileMerge.Outcome())
        let expected = ProgressMerge.merge(base: Self.base, ours: Self.ours, theirs: Self.theirs)
        #expect(try files.bytes(files.ours) == ProgressCodec.encode(expected))
        #expect(expected.state(of: "d") == .done && expected.lessonsRead["cap"] == Self.noon)
        #expect(expected.revision == 8)
        let left = try FileManager.default.contentsOfDirectory(atPath: files.directory.path).sorted()
        #expect(left == ["base", "ours", "theirs"], "no temporary file is left behind")
    }

    @Test("OURS keeps its permissions")
    func keepsMode() throws {
        let files = try Files()
        defer { files.remove() }
        try files.write(Self.ours, to: files.ours)
        try files.write(Self.theirs, to: files.theirs)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: files.ours)
        _ = try files.merge()
        let mode = try FileManager.default.attributesOfItem(atPath: files.ours)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test("an empty or missing BASE merges as if the two had nothing in common", arguments: [true, false])
    func noBase(empty: Bool) throws {
        let files = try Files()
        defer { files.remove() }
        if empty { try files.write("", to: files.base) }
        try files.write(Self.ours, to: files.ours)
        try files.write(Self.theirs, to: files.theirs)
        #expect(try files.merge().ignoredBase == nil)
        let expected = ProgressMerge.merge(base: nil, ours: Self.ours, theirs: Self.theirs)
        #expect(try files.bytes(files.ours) == ProgressCodec.encode(expected))
    }

    @Test("a damaged BASE is reported and the merge goes on without it")
    func damagedBase() throws {
        let files = try Files()
        defer { files.remove() }
        try files.write("{\"schemaVersion\": 3,", to: files.base)
        try files.write(Self.ours, to: files.ours)
        try files.write(Self.theirs, to: files.theirs)
        let outcome = try files.merge()
        #expect(outcome.ignoredBase?.description.contains(files.base) == true)
        let expected = ProgressMerge.merge(base: nil, ours: Self.ours, theirs: Self.theirs)
        #expect(try files.bytes(files.ours) == ProgressCodec.encode(expected))
    }

    @Test(
        "a side that is not progress leaves OURS untouched and names the file",
        arguments: [
            ("theirs", "{\"schemaVersion\": 3, \"revision\": 1", "damaged"),
            ("theirs", "{\"schemaVersion\": 99, \"revision\": 1}", "newer Waymark"),
            ("theirs", "[1, 2, 3]", "not a JSON object"),
            ("theirs", "", "empty"),
            ("ours", "not json at all", "not valid JSON"),
            (
                "ours", "{\"schemaVersion\": 3, \"revision\": 1, \"deliverables\": {\"d\": {\"state\": \"finished\"}}}",
                "damaged"
            ),
        ])
    func refusesNonProgress(side: String, text: String, reason: String) throws {
        let files = try Files()
        defer { files.remove() }
        try files.write(Self.base, to: files.base)
        try files.write(Self.ours, to: files.ours)
        try files.write(Self.theirs, to: files.theirs)
        let bad = side == "ours" ? files.ours : files.theirs
        try files.write(text, to: bad)
        let before = try files.bytes(files.ours)
        do {
            _ = try files.merge()
            Issue.record("merged \(text)")
        } catch {
            #expect(error.description.contains(bad))
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
        #expect(try files.bytes(files.ours) == before)
    }

    @Test("a missing THEIRS is refused and OURS left as it was")
    func missingTheirs() throws {
        let files = try Files()
        defer { files.remove() }
        try files.write(Self.ours, to: files.ours)
        let before = try files.bytes(files.ours)
        #expect(throws: ProgressMergeError.notProgress(file: files.theirs, reason: "it does not exist")) {
            try files.merge()
        }
        #expect(try files.bytes(files.ours) == before)
    }

    @Test("a side an older Waymark wrote is migrated in memory and merged")
    func olderSchema() throws {
        let files = try Files()
        defer { files.remove() }
        try files.write(Self.ours, to: files.ours)
        try files.write(
            #"{"schemaVersion": 1, "deliverables": {"e": {"state": "done", "changedAt": "2026-11-18T11:06:40Z"}}}"#,
            to: files.theirs)
        _ = try files.merge()
        let merged = try ProgressCodec.decode(try files.bytes(files.ours), file: "ours")
        #expect(merged.state(of: "e") == .done)
        #expect(merged.state(of: "d") == .done)
        #expect(merged.schemaVersion == LearnerProgress.currentSchemaVersion)
    }
}
