import Foundation
import Testing

/// `waymark merge-progress BASE OURS THEIRS`, git's merge driver for the progress
/// file: run on copies the binary itself wrote, and by git in a real merge.
@Suite("waymark merge-progress", .serialized)
struct MergeProgressCommandTests {
    /// The progress file after `commands`, each run in order on `waymark`'s data.
    static func progress(after commands: [[String]], on waymark: WaymarkBinary) throws -> Data {
        for command in commands {
            let result = try waymark.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        return try Data(contentsOf: waymark.progressFile)
    }

    /// The three files git passes, written by the binary: the base, then each side
    /// made from it.
    static func sides(
        _ waymark: WaymarkBinary, base: [[String]], ours: [[String]], theirs: [[String]]
    ) throws -> (base: URL, ours: URL, theirs: URL) {
        let baseBytes = try progress(after: base, on: waymark)
        let oursBytes = try progress(after: ours, on: waymark)
        try baseBytes.write(to: waymark.progressFile)
        let theirsBytes = try progress(after: theirs, on: waymark)
        let directory = waymark.dataDirectory.appendingPathComponent("merge")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files = (
            base: directory.appendingPathComponent("base.json"), ours: directory.appendingPathComponent("ours.json"),
            theirs: directory.appendingPathComponent("theirs.json")
        )
        try baseBytes.write(to: files.base)
        try oursBytes.write(to: files.ours)
        try theirsBytes.write(to: files.theirs)
        return files
    }

    /// What `status --json` and `show --json` say about the progress in `file`.
    static func reading(_ file: URL, with waymark: WaymarkBinary) throws -> (status: String, show: String) {
        try FileManager.default.removeItem(at: waymark.progressFile)
        try FileManager.default.copyItem(at: file, to: waymark.progressFile)
        return (
            try waymark.run(["status", "--json"]).stdout,
            try waymark.run(["show", "foundation-builder", "--json"]).stdout
        )
    }

    @Test("two copies edited apart merge into one that holds both machines' work, exit 0")
    func threeWay() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let files = try Self.sides(
            waymark, base: [["start", "foundation-builder"], ["note", "notes-on-each-law", "first draft"]],
            ours: [["check", "notes-on-each-law"], ["log", "45m"]],
            theirs: [["note", "notes-on-each-law", "written at work"], ["log", "20m", "--note", "paper"]])
        let result = try waymark.run(["merge-progress", files.base.path, files.ours.path, files.theirs.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        let text = try String(contentsOf: files.ours, encoding: .utf8)
        #expect(text.contains(#""state" : "done""#))
        #expect(text.contains(#""note" : "written at work""#))
        #expect(text.contains(#""minutes" : 45"#) && text.contains(#""minutes" : 20"#))
        let (status, _) = try Self.reading(files.ours, with: waymark)
        #expect(status.contains(#""studyMinutesThisWeek" : 65"#), "\(status)")
    }

    @Test("an empty BASE (git's add/add) keeps both notes, marked as edited on two machines")
    func emptyBase() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let files = try Self.sides(
            waymark, base: [["start", "foundation-builder"]],
            ours: [["note", "notes-on-each-law", "laptop notes"]],
            theirs: [["note", "notes-on-each-law", "desk notes"], ["check", "notes-on-each-law"]])
        try Data().write(to: files.base)
        let result = try waymark.run(["merge-progress", files.base.path, files.ours.path, files.theirs.path])
        #expect(result.status == 0, "\(result.stderr)")
        let (_, show) = try Self.reading(files.ours, with: waymark)
        #expect(show.contains("desk notes\\n\\n--- edited on two machines"), "\(show)")
        #expect(show.contains("both texts are kept ---\\n\\nlaptop notes"))
        #expect(show.contains(#""state" : "done""#))
    }

    @Test("a damaged side leaves OURS untouched, says why on one line naming the file, and exits 1")
    func damagedSide() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let files = try Self.sides(
            waymark, base: [["start", "foundation-builder"]], ours: [["check", "notes-on-each-law"]],
            theirs: [["skip", "notes-on-each-law"]])
        try Data(#"{"schemaVersion": 3, "revision": "#.utf8).write(to: files.theirs)
        let before = try Data(contentsOf: files.ours)
        let result = try waymark.run(["merge-progress", files.base.path, files.ours.path, files.theirs.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(files.theirs.path) && result.stderr.contains("damaged"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: files.ours) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: files.ours.deletingLastPathComponent().path)
        #expect(left.sorted() == ["base.json", "ours.json", "theirs.json"])
    }

    @Test("a progress file from a newer Waymark is not merged")
    func newerSide() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let files = try Self.sides(waymark, base: [["start", "foundation-builder"]], ours: [], theirs: [])
        try Data(#"{"schemaVersion": 4, "revision": 9}"#.utf8).write(to: files.ours)
        let result = try waymark.run(["merge-progress", files.base.path, files.ours.path, files.theirs.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("newer Waymark") && result.stderr.contains(files.ours.path))
        #expect(try String(contentsOf: files.ours, encoding: .utf8) == #"{"schemaVersion": 4, "revision": 9}"#)
    }

    @Test("git merges two branches' progress through the driver without a conflict")
    func throughGit() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let repository = waymark.dataDirectory.appendingPathComponent("repository")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        let git = ScratchGitRepository(directory: repository, home: waymark.dataDirectory)
        let file = repository.appendingPathComponent("progress.json")
        func save(after commands: [[String]], message: String) throws {
            try Self.progress(after: commands, on: waymark).write(to: file)
            try git.run(["add", "progress.json"])
            try git.run(["commit", "-q", "-m", message])
        }
        try git.run(["init", "-q", "-b", "main"])
        try git.run([
            "config", "merge.waymark-progress.driver",
            "'\(WaymarkBinary.url.path)' merge-progress %O %A %B",
        ])
        try Data("progress.json merge=waymark-progress\n".utf8).write(
            to: repository.appendingPathComponent(".gitattributes"))
        try git.run(["add", ".gitattributes"])
        try save(after: [["start", "foundation-builder"]], message: "base")
        let base = try Data(contentsOf: file)
        try git.run(["checkout", "-q", "-b", "laptop"])
        try save(after: [["check", "notes-on-each-law"]], message: "laptop")
        try git.run(["checkout", "-q", "main"])
        try base.write(to: waymark.progressFile)
        try save(after: [["note", "notes-on-each-law", "from the desk"], ["log", "30m"]], message: "desk")
        let merge = try git.run(["merge", "--no-edit", "-q", "laptop"])
        #expect(merge.status == 0, "\(merge.output)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(#""state" : "done""#) && text.contains("from the desk"))
        #expect(try git.run(["status", "--porcelain"]).output.isEmpty)
    }
}
