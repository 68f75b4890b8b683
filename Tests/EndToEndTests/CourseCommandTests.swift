import Foundation
import Testing

/// Progress per course on the command line: the old single file moves to the
/// bundled course, a foreign course does not see it, orphans are listed and forgotten.
@Suite("Progress per course on the command line")
struct CourseCommandTests {
    let waymark = WaymarkBinary()

    /// The file an earlier Waymark kept for every course.
    static let oldFile = """
        {"schemaVersion": 3, "revision": 4, "activePath": "foundation-builder",
         "paths": {"foundation-builder": {"startedOn": "2026-11-02"}},
         "deliverables": {"notes-on-each-law": {"state": "done", "changedAt": "2026-11-03T10:00:00Z", "note": "laws 1-4"},
                          "old-deliverable": {"state": "done", "changedAt": "2026-11-03T10:00:00Z"}},
         "lessonsRead": {"cap-theorem": "2026-11-03T09:00:00Z"}}
        """

    func plantOldFile() throws {
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        try Data(Self.oldFile.utf8).write(to: waymark.legacyProgressFile)
    }

    /// `waymark new` into the data directory; returns the course's directory.
    func foreignCourse(title: String = "SQL basics") throws -> URL {
        let course = waymark.dataDirectory.appendingPathComponent("course-\(UUID().uuidString)")
        try #require(try waymark.run(["new", course.path, "--title", title]).status == 0)
        return course
    }

    @Test("the bundled course takes the old file once, says so, and leaves the old file as it was")
    func migration() throws {
        defer { waymark.removeData() }
        try plantOldFile()
        let first = try waymark.run(["status"])
        #expect(first.status == 0)
        #expect(first.stderr.contains("copied to courses/distributed-systems/progress.json"))
        #expect(first.stderr.contains("The old progress.json is kept as it was."))
        #expect(first.stdout.contains("Foundation Builder — week"))
        #expect(try Data(contentsOf: waymark.progressFile) == Data(Self.oldFile.utf8))
        #expect(try Data(contentsOf: waymark.legacyProgressFile) == Data(Self.oldFile.utf8))
        let second = try waymark.run(["check", "notes-on-each-law"])
        #expect(!second.stderr.contains("copied"))
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("laws 1-4"))
        #expect(try Data(contentsOf: waymark.legacyProgressFile) == Data(Self.oldFile.utf8))
    }

    @Test("a foreign course neither takes the old file nor speaks of our active path")
    func foreignCourseStartsClean() throws {
        defer { waymark.removeData() }
        try plantOldFile()
        let course = try foreignCourse()
        let status = try waymark.run(["--curriculum", course.path, "status"])
        #expect(status.status == 0)
        #expect(!status.stdout.contains("foundation-builder"))
        #expect(!status.stdout.contains("is not in this curriculum"))
        #expect(status.stdout.contains("No path started yet"))
        #expect(status.stdout.contains("courses/sql-basics/progress.json"))
        #expect(try Data(contentsOf: waymark.legacyProgressFile) == Data(Self.oldFile.utf8))
        // Lessons read in one course are not read in the other.
        try waymark.run(["--curriculum", course.path, "start", "first-path"])
        let ours = try waymark.run(["status", "--json"])
        #expect(ours.stdout.contains("\"activePath\" : \"foundation-builder\""))
    }

    @Test("status lists orphans in text and JSON, and forget removes one and says what went")
    func orphansAndForget() throws {
        defer { waymark.removeData() }
        try plantOldFile()
        let status = try waymark.run(["status"])
        #expect(status.stdout.contains("Progress for ids this course no longer has:\n  deliverable old-deliverable"))
        #expect(status.stdout.contains("`waymark forget ID` removes one."))
        let json = try waymark.run(["status", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["orphans"] as? [[String: String]] == [["id": "old-deliverable", "kind": "deliverable"]])
        let forget = try waymark.run(["forget", "old-deliverable"])
        #expect(forget.status == 0)
        #expect(forget.stdout == "Forgot 'old-deliverable': removed deliverable 'old-deliverable' (done).\n")
        #expect(!(try waymark.run(["status"]).stdout.contains("no longer has")))
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("laws 1-4"))
    }

    @Test("forget refuses an id the course has, and says when nothing is kept under an id")
    func forgetRefuses() throws {
        defer { waymark.removeData() }
        try plantOldFile()
        let live = try waymark.run(["forget", "notes-on-each-law"])
        #expect(live.status == 1)
        #expect(live.stderr.contains("'notes-on-each-law' is in this course, so its progress is not an orphan"))
        let unknown = try waymark.run(["forget", "never-was"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Nothing is kept under 'never-was'; nothing was removed."))
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("laws 1-4"))
    }

    @Test("a renamed deliverable keeps its tick, and the file before the rename is kept")
    func renamedDeliverable() throws {
        defer { waymark.removeData() }
        let course = try foreignCourse()
        try waymark.run(["--curriculum", course.path, "check", "notes-on-the-basics"])
        let path = course.appendingPathComponent("paths/first-path.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(
            of: "- id: notes-on-the-basics\n",
            with: "- id: basic-notes\n        renamed-from: [notes-on-the-basics]\n"
        ).write(to: path, atomically: true, encoding: .utf8)
        #expect(try waymark.run(["validate", course.path]).status == 0)
        let show = try waymark.run(["--curriculum", course.path, "show", "first-path", "--json"])
        #expect(show.stdout.contains("\"id\" : \"basic-notes\""))
        #expect(show.stdout.contains("\"state\" : \"done\""))
        try waymark.run(["--curriculum", course.path, "start", "first-path"])
        let folder = waymark.dataDirectory.appendingPathComponent("courses/sql-basics")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix("progress.before-rename-") })
        let saved = try String(contentsOf: folder.appendingPathComponent("progress.json"), encoding: .utf8)
        #expect(saved.contains("\"basic-notes\"") && !saved.contains("notes-on-the-basics"))
    }

    @Test("validate warns about a course without id:, and waymark new writes one")
    func courseIDWarning() throws {
        defer { waymark.removeData() }
        let course = try foreignCourse()
        #expect(
            try String(contentsOf: course.appendingPathComponent("curriculum.yaml"), encoding: .utf8).contains(
                "\nid: sql-basics\n"))
        let file = course.appendingPathComponent("curriculum.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\nid: sql-basics\n", with: "\n").write(
            to: file, atomically: true, encoding: .utf8)
        let result = try waymark.run(["validate", course.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: curriculum.yaml has no 'id'"))
        #expect(result.stdout.contains("add 'id: sql-basics'"))
    }
}
