import Foundation
import Testing

/// End-to-end: read a lesson in the view, review its first card with a typed
/// answer, quit, and find the answer in the review log on disk and in
/// `waymark review` (issue 16).
@Suite("review in a real terminal", .serialized)
struct ReviewInteractiveTests {
    let waymark = WaymarkBinary()

    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("a lesson read, a typed answer checked and rated, the review log on disk, the next due date listed")
    func reviewTypedAnswer() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start()
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        // Little's Law calculator, then its lesson, read to its end (G), which marks it read.
        try tmux.send("K")
        expectScreen(try tmux.waitFor("Calculators"), "K lists the calculators")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Ctrl-O"), "Enter opens Little's Law")
        try tmux.send("C-o")
        expectScreen(try tmux.waitFor("answers 0/"), "Ctrl-O opens the lesson")
        try tmux.send("G")
        expectScreen(try tmux.waitFor("· 100%"), "G reads to the end")
        try tmux.send("v")
        expectScreen(try tmux.waitFor("card 1 of 4"), "v opens the review on the lesson's first card")
        expectScreen(try tmux.waitFor("Your answer (a number in jobs)"), "the first card takes a typed answer")
        try tmux.type("40")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("✓ Right"), "40 is right")
        try tmux.send("3")
        expectScreen(try tmux.waitFor("card 2 of 4"), "3 rates it Good and moves on")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("answers 0/"), "Esc goes back to the lesson")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"reviews\" : ["))
        #expect(file.contains("\"card\" : \"littles-law#"))
        #expect(file.contains("\"rating\" : \"good\""))

        let listed = try waymark.run(["review", "--all", "--json"])
        #expect(listed.status == 0)
        let cards = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let answered = try #require(cards.first { $0["reviews"] as? Int == 1 })
        let due = try #require(answered["due"] as? String)
        let date = try #require(ISO8601DateFormatter().date(from: due))
        #expect(date > Date())
    }
}
