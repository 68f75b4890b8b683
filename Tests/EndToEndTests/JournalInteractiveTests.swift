import Foundation
import Testing

/// The journal key in the real binary, in tmux: an insight typed in a lesson is in
/// the progress file after quitting.
@Suite("the journal in a real terminal", .serialized)
struct JournalInteractiveTests {
    let waymark = WaymarkBinary()

    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("i in a lesson notes a Unicode insight; after quitting it is in progress.json under the lesson")
    func insightInLesson() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(width: 120, height: 40)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "Esc goes from Today to the plan")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Key activities"), "Enter opens weeks 1-2")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Enter opens · Esc closes"), "the activity offers its lessons")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Law 1: Correlated failure"), "the first lesson opens")
        expectScreen(try tmux.waitFor("i insight for the journal"), "the footer names the journal key")
        try tmux.send("i")
        expectScreen(try tmux.waitFor("Insight on Law 1: Correlated failure"), "i opens the insight editor")
        try tmux.type("Racks fail together — 同時に ✓")
        expectScreen(try tmux.waitFor("同時に"), "the text shows as typed")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("1 insight"), "the header counts the insight")
        try tmux.send("q")
        let status = try tmux.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status))")
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"lessonID\" : \"law-correlated-failure\""))
        #expect(file.contains("\"text\" : \"Racks fail together — 同時に ✓\""))
        let journal = try waymark.run(["journal"])
        #expect(journal.stdout.contains("Racks fail together — 同時に ✓"))
    }
}
