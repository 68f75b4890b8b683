import Foundation
import Testing

/// End-to-end: the reference shelf in the real binary, in tmux. The card's body is
/// read from the curriculum on demand, so this also covers the document effect.
@Suite("the reference shelf in a real terminal", .serialized)
struct ReferenceShelfInteractiveTests {
    let waymark = WaymarkBinary()

    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("L, the selector, reliability, two answers, one step back and forth, then the circuit-breaker card")
    func selectorToCircuitBreaker() throws {
        defer { waymark.removeData() }
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start()
        expectScreen(try tmux.skipOnboarding(), "s skips the onboarding to the picker")
        try tmux.send("L")
        expectScreen(try tmux.waitFor("Waymark · Library"), "L opens the library")
        try tmux.send("Down", "Enter")
        expectScreen(try tmux.waitFor("Pick a concern"), "the second entry is the selector")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Where does the trouble start?"), "Enter picks reliability")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("How long does each bout of trouble last?"), "the first answer leads on")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Where does the trouble start?"), "Esc goes back one question")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("How long does each bout of trouble last?"), "and Enter comes forward again")
        try tmux.send("Down", "Enter")
        expectScreen(
            try tmux.waitFor { $0.contains("Patterns that fit, best first") && $0.contains("1. Circuit breaker") },
            "the answers reach a leaf ranking the circuit breaker first")
        try tmux.send("Enter")
        expectScreen(try tmux.waitFor("Waymark · Pattern · Circuit breaker"), "Enter opens the card")
        expectScreen(
            try tmux.waitFor { $0.contains("Problem") && $0.contains("A downstream service starts failing") },
            "the card's body is read and shows its Problem section")
        try tmux.send("q")
        let status = try tmux.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status))")
    }
}
