import Foundation
import Testing

/// End-to-end: the real binary in tmux, at several sizes, with Unicode, checking
/// the progress file on disk afterwards.
@Suite("waymark in a real terminal", .serialized)
struct InteractiveTests {
    let waymark = WaymarkBinary()

    private func session() -> TmuxSession { TmuxSession(dataDirectory: waymark.dataDirectory) }

    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("a new learner picks Foundation Builder, ticks Notes on each law, quits, and finds it done next time")
    func newLearner() throws {
        defer { waymark.removeData() }
        let tmux = session()
        try tmux.start()
        expectScreen(try tmux.skipOnboarding(), "s skips the onboarding to the picker")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("press s to start it today"), "Enter shows the first path's plan, not started")
        try tmux.send("s")
        expectScreen(try tmux.waitFor("Foundation Builder is your active path"), "s starts it")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Key activities"), "Enter opens weeks 1-2")
        try tmux.send("G", "Space")
        expectScreen(try tmux.waitFor("[x] Notes on each law  done"), "Space ticks the deliverable")
        try tmux.send("q")
        let status0 = try tmux.waitForExit()
        #expect(status0 == 0, "exit status \(String(describing: status0))")
        #expect(try tmux.display("#{alternate_on}") == "0")

        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"activePath\" : \"foundation-builder\""))
        #expect(file.contains("\"notes-on-each-law\" : {"))
        #expect(file.contains("\"state\" : \"done\""))

        let again = session()
        try again.start()
        expectScreen(try again.waitFor("Waymark · Today · Foundation Builder"), "a later run opens Today")
        expectScreen(try again.waitFor("Read next"), "Today names the next lessons")
        try again.send("Escape")
        expectScreen(try again.waitFor("Waymark · Path plan · Foundation Builder"), "Esc goes to the plan")
        expectScreen(try again.waitFor("██████████ 1/1 ✓"), "the first phase shows as done")
        try again.send("Enter")
        expectScreen(try again.waitFor("[x] Notes on each law  done"), "the tick survived the restart")
    }

    @Test("a lesson opens, scrolls, and reveals an answer")
    func lessonScrolls() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = session()
        try tmux.start()
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "Esc goes from Today to the plan")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Key activities"), "waiting for " + "Key activities")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Enter opens · Esc closes"), "an activity with four lessons offers them")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Law 1: Correlated failure"), "Enter opens the lesson chosen")
        expectScreen(try tmux.waitFor("lines 1-"), "the reader shows its position")
        expectScreen(try tmux.waitFor("Before you read"), "a lesson not yet read asks for a prediction first")
        try tmux.send("PageDown")
        expectScreen(
            try tmux.waitFor(seconds: 5) { !$0.contains("Before you read") && $0.contains("lines 1-") },
            "reading on dismisses the prompt and stays on the first line")
        try tmux.send("PageDown")
        expectScreen(
            try tmux.waitFor(seconds: 5) { !$0.contains("lines 1-") && $0.contains("lines ") }, "PageDown scrolls")
        try tmux.send("G", "r")
        expectScreen(try tmux.waitFor("answers 1/"), "r reveals an answer")
        try tmux.send("q")
        let status0 = try tmux.waitForExit()
        #expect(status0 == 0, "exit status \(String(describing: status0))")
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"law-correlated-failure\" : \""))
        // Keys kept coming in the reader, so quitting logged the time counted there.
        #expect(file.contains("\"source\" : \"reader\""))
    }

    @Test("? opens the help generated from the key table, and any key closes it")
    func help() throws {
        defer { waymark.removeData() }
        let tmux = session()
        try tmux.start()
        expectScreen(try tmux.skipOnboarding(), "s skips the onboarding to the picker")
        try tmux.send("?")
        expectScreen(try tmux.waitFor("Keys · Path picker"), "help opens")
        expectScreen(try tmux.waitFor("help me choose"), "help lists the picker's keys")
        try tmux.send("x")
        expectScreen(try tmux.waitFor(seconds: 5) { !$0.contains("Keys · Path picker") }, "any key closes help")
        try tmux.send("q")
        let status0 = try tmux.waitForExit()
        #expect(status0 == 0, "exit status \(String(describing: status0))")
    }

    @Test("resizing to 200x50, to 20x8 and back redraws every time")
    func resize() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "system-designer"])
        let tmux = session()
        try tmux.start()
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "Esc goes from Today to the plan")
        try tmux.resize(width: 200, height: 50)
        expectScreen(
            try tmux.waitFor { screen in
                screen.components(separatedBy: "\n").count >= 49 && screen.contains("Design Practice")
            },
            "the plan redraws at 200x50")
        try tmux.resize(width: 20, height: 8)
        expectScreen(try tmux.waitFor("Make it"), "a tiny window gets a sentence, not a broken screen")
        try tmux.resize(width: 80, height: 24)
        expectScreen(try tmux.waitFor("Waymark · Path plan · System Designer"), "the plan comes back at 80x24")
        try tmux.send("q")
        let status0 = try tmux.waitForExit()
        #expect(status0 == 0, "exit status \(String(describing: status0))")
    }

    @Test("Ctrl-C restores the terminal and exits 130")
    func controlC() throws {
        defer { waymark.removeData() }
        let tmux = session()
        try tmux.start(width: 100, height: 30)
        expectScreen(try tmux.waitFor("Welcome to Distributed Systems"), "a fresh start opens on the welcome")
        #expect(try tmux.display("#{alternate_on}") == "1")
        try tmux.send("C-c")
        let status130 = try tmux.waitForExit()
        #expect(status130 == 130, "exit status \(String(describing: status130))")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test("closing the terminal ends Waymark with status 129 instead of leaving it spinning")
    func terminalClosed() throws {
        defer { waymark.removeData() }
        let tmux = session()
        try tmux.start()
        expectScreen(try tmux.waitFor("Welcome to Distributed Systems"), "a fresh start opens on the welcome")
        try tmux.closeTerminal()
        let status = try tmux.waitForExit(seconds: 5)
        #expect(status == 129, "exit status \(String(describing: status))")
    }

    @Test("a Unicode note typed in the editor reaches the file and the screen")
    func unicodeNote() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = session()
        try tmux.start(width: 120, height: 40)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "Esc goes from Today to the plan")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Key activities"), "waiting for " + "Key activities")
        try tmux.send("G", "n")
        expectScreen(try tmux.waitFor("Note on Notes on each law"), "waiting for " + "Note on Notes on each law")
        try tmux.type("法律 ✓ café 🚀")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("note: 法律 ✓ café 🚀"), "the note shows under the deliverable")
        try tmux.send("q")
        let status0 = try tmux.waitForExit()
        #expect(status0 == 0, "exit status \(String(describing: status0))")
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("\"note\" : \"法律 ✓ café 🚀\""))
    }

    @Test("NO_COLOR turns every colour off; without it the screen has colour")
    func noColour() throws {
        defer { waymark.removeData() }
        let coloured = session()
        try coloured.start()
        expectScreen(try coloured.skipOnboarding(), "s skips the onboarding to the picker")
        let colourScreen = try coloured.screen(colours: true)
        #expect(colourScreen.contains("[36m"), "no cyan in:\n\(colourScreen)")

        let plain = session()
        try plain.start(environment: ["NO_COLOR": "1"])
        expectScreen(try plain.skipOnboarding(), "s skips the onboarding to the picker")
        let screen = try plain.screen(colours: true)
        #expect(!screen.contains("[36m") && !screen.contains("[32m") && !screen.contains("[33m"))
        #expect(screen.contains("[7m"))  // the selection is reverse video instead
    }

    @Test("a dumb terminal gets one plain sentence and exit status 1")
    func dumbTerminal() throws {
        defer { waymark.removeData() }
        let tmux = session()
        try tmux.start(environment: ["TERM": "dumb"])
        let status1 = try tmux.waitForExit()
        #expect(status1 == 1, "exit status \(String(describing: status1))")
        let output = try tmux.screen(history: true).replacingOccurrences(of: "\n", with: "")
        #expect(output.contains("needs a terminal it can draw on, but TERM is 'dumb'"), "\(output)")
        #expect(!(try tmux.screen()).contains("Fatal error"))
    }

    @Test("when output is not a terminal, waymark prints the status and a hint instead of starting curses")
    func notATerminal() throws {
        defer { waymark.removeData() }
        let result = try waymark.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("No path started yet"))
        #expect(result.stderr.contains("Not a terminal"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("a check made in another terminal shows in an open view, and opening a lesson is not reading it")
    func liveView() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = session()
        try tmux.start(width: 100, height: 30)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "Esc goes to the plan")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("[ ] Notes on each law"), "the phase shows the deliverable not done")
        try waymark.run(["check", "notes-on-each-law"])
        expectScreen(try tmux.waitFor("[x] Notes on each law  done"), "the view sees the check made elsewhere")
        try tmux.send("Enter", "Enter")
        expectScreen(try tmux.waitFor("lines 1-"), "a lesson opens")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Key activities"), "back on the phase")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(!file.contains("\"law-correlated-failure\" : \"20"), "opening is not reading")
    }
}
