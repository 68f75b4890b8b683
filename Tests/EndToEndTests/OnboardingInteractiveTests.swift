import Foundation
import Testing

/// End-to-end: the first run's onboarding and the reader's sideways code, in the
/// real binary in tmux, with the progress file read afterwards.
@Suite("the onboarding and the reader in a real terminal", .serialized)
struct OnboardingInteractiveTests {
    let waymark = WaymarkBinary()

    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("a new learner walks the onboarding to the Bootcamp, quits, and finds the answers on disk")
    func walkToBootcamp() throws {
        defer { waymark.removeData() }
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start()
        expectScreen(try tmux.waitFor("Welcome to Distributed Systems"), "a fresh start opens on the welcome")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("do you have these?"), "Enter opens the prerequisites")
        try tmux.send("y", "Down", "n")
        expectScreen(try tmux.waitFor("→ Send requests with curl"), "not yet says what to do about it")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Which describes you best?"), "then the profile")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Foundation Builder  ★ recommended for you"), "the profile recommends a path")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("10 hours a week"), "the schedule starts at the path's upper bound")
        try tmux.send("Left")
        expectScreen(try tmux.waitFor("9 hours a week"), "← takes an hour off")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Ready to begin"), "then the summary")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Waymark · Bootcamp"), "Begin opens the Bootcamp")
        try tmux.send("q")
        let status = try tmux.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status))")

        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"activePath\" : \"foundation-builder\""))
        #expect(file.contains("\"Programming\" : \"have\""))
        #expect(file.contains("\"Networking\" : \"notYet\""))
        #expect(file.contains("\"weeklyGoalMinutes\" : 540"))
        #expect(file.contains("\"completedAt\" : \""))

        let again = TmuxSession(dataDirectory: waymark.dataDirectory)
        try again.start()
        expectScreen(try again.waitFor("Waymark · Today · Foundation Builder"), "the next run opens Today")
        expectScreen(try again.waitFor("of 540 minutes this week"), "Today measures the week against the goal")
    }

    @Test("in a narrow window, code cut at the edge is marked, and → and ← scroll it sideways")
    func wideCode() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(width: 50, height: 20)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "Esc goes to the plan")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Key activities"), "Enter opens weeks 1-2")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Esc closes"), "the activity offers its lessons")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("lines "), "the first lesson opens")
        var cut = try tmux.waitFor("›", seconds: 0.5)
        for _ in 0..<40 where !cut.found {
            try tmux.send("PageDown")
            cut = try tmux.waitFor("›", seconds: 0.5)
        }
        expectScreen(cut, "a code line wider than the window ends in ›")
        try tmux.send("Right")
        expectScreen(try tmux.waitFor("‹"), "→ scrolls the code and ‹ marks what went off the left")
        try tmux.send("Left")
        expectScreen(
            try tmux.waitFor(seconds: 5) { !$0.contains("‹") && $0.contains("Lesson reader") },
            "← scrolls back, still in the reader")
        try tmux.send("q")
        let status = try tmux.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status))")
    }
}
