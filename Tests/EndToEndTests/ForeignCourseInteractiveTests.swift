import Foundation
import Testing

/// A course that is not ours, in a real terminal: its own title everywhere, and
/// not a word of the bundled course, even with the bundled course's progress in
/// the same data directory.
@Suite("Courses and their own progress in a real terminal", .serialized)
struct ForeignCourseInteractiveTests {
    let waymark = WaymarkBinary()
    static let title = "Введение в SQL · 数据库"

    @Test("a course titled in Cyrillic and Han runs through its screens and none of them says 'distributed'")
    func foreignCourseScreens() throws {
        defer { waymark.removeData() }
        let course = waymark.dataDirectory.appendingPathComponent("sql-course")
        try #require(try waymark.run(["new", course.path, "--title", Self.title]).status == 0)
        // Our own course's progress sits in the same data directory, old layout and new.
        try waymark.run(["start", "foundation-builder"])
        try FileManager.default.copyItem(at: waymark.progressFile, to: waymark.legacyProgressFile)

        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(width: 120, height: 40, arguments: ["--curriculum", course.path])
        var screens: [String] = []
        func expectScreen(_ text: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let wait = try tmux.waitFor(text)
            screens.append(wait.screen)
            #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
        }
        try expectScreen("Waymark · Getting started", "a course of its own opens on the onboarding: no active path")
        try tmux.send("s")
        try expectScreen("Pick the path that fits you", "s skips it to the picker")
        try expectScreen(Self.title, "the course's title is in the title bar")
        try tmux.send("Enter")
        try expectScreen("press s to start it today", "Enter shows the first path's plan")
        try tmux.send("s")
        try expectScreen("First path is your active path", "s starts it")
        try tmux.send("Enter")
        try expectScreen("Key activities", "Enter opens the first phase")
        try tmux.send("Enter")
        try expectScreen("lines 1-", "Enter on the first activity opens its lesson")
        try tmux.send("?")
        try expectScreen("Keys · ", "? opens the help")
        try tmux.send("Escape", "Escape")
        try tmux.send("T")
        try expectScreen("Waymark · Today", "T opens Today")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        for screen in screens {
            #expect(!screen.lowercased().contains("distributed"), "--- screen ---\n\(screen)")
        }
        // The course kept its own progress, and ours was left alone.
        let own = try #require(
            try FileManager.default.contentsOfDirectory(
                atPath: waymark.dataDirectory.appendingPathComponent("courses").path
            )
            .first { $0.hasPrefix("sql-") })
        let file = waymark.dataDirectory.appendingPathComponent("courses/\(own)/progress.json")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"activePath\" : \"first-path\""))
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("foundation-builder"))
    }

    @Test("the view copies the old single file to the bundled course and says so on its message line")
    func migrationNotice() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        try FileManager.default.moveItem(at: waymark.progressFile, to: waymark.legacyProgressFile)
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(width: 120, height: 40)
        let wait = try tmux.waitFor("Progress is now kept per course")
        #expect(wait.found, "--- screen ---\n\(wait.screen)")
        #expect(wait.screen.contains("Waymark · Today · Foundation Builder"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: waymark.progressFile.path))
        #expect(FileManager.default.fileExists(atPath: waymark.legacyProgressFile.path))
    }
}
