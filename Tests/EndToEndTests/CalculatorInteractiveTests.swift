import Foundation
import Testing

/// The calculators end to end: the real binary in tmux, keys as a learner types
/// them, and the attached result read back from the progress file and the export.
@Suite("calculators in a real terminal", .serialized)
struct CalculatorInteractiveTests {
    let waymark = WaymarkBinary()

    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("the queue calculator: a typed rate changes the result, which attaches to the capacity plan and is saved")
    func queueToCapacityPlan() throws {
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(width: 120, height: 40)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "waiting for the plan")
        try tmux.send("K")
        expectScreen(try tmux.waitFor("Waymark · Calculators"), "K opens the calculators")
        try tmux.send("Down", "Down", "Enter")
        expectScreen(try tmux.waitFor("Waymark · Calculator · Queueing (M/M/c)"), "Enter opens the queue")
        expectScreen(try tmux.waitFor("Utilisation ρ           80%"), "it opens on its example, 80/s against 100/s")

        try tmux.send("C-u")
        expectScreen(try tmux.waitFor("✗ Arrival rate λ: is needed"), "an emptied field is named as needed")
        try tmux.type("90/s")
        expectScreen(try tmux.waitFor("Utilisation ρ           90%"), "typing a rate changes the result")
        expectScreen(try tmux.waitFor("ρ = λ / μ = 90/s / 100/s = 90%"), "the formula carries the typed number")

        try tmux.send("C-t")
        expectScreen(try tmux.waitFor("Attach the result to which deliverable?"), "Ctrl-T asks where to attach")
        expectScreen(try tmux.waitFor("▸ Capacity plan for toy system"), "the capacity plan is chosen first")
        try tmux.send("Enter")
        expectScreen(
            try tmux.waitFor("Attached the result to the note of “Capacity plan for toy system”."), "Enter attaches")

        try tmux.send("C-o")
        expectScreen(try tmux.waitFor("Waymark · Lesson reader"), "Ctrl-O reaches the app and opens the lesson")
        try tmux.send("K")
        expectScreen(try tmux.waitFor("Waymark · Calculator · Queueing (M/M/c)"), "K goes back to the calculator")
        expectScreen(try tmux.waitFor("Utilisation ρ           90%"), "with the number typed before")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Waymark · Calculators"), "Esc leaves the calculator")
        try tmux.send("q")
        let status = try tmux.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status))")

        let data = try Data(contentsOf: waymark.progressFile)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let deliverables = try #require(root["deliverables"] as? [String: Any])
        let plan = try #require(deliverables["capacity-plan-for-toy-system"] as? [String: Any])
        let note = try #require(plan["note"] as? String)
        #expect(note.hasPrefix("Queueing (M/M/c): arrival rate λ 90/s, service rate per server μ 100/s"), "\(note)")
        #expect(note.contains("→ utilisation ρ 90%, mean response time W 100 ms"), "\(note)")
        #expect(note.contains("(ρ = λ / μ = 90/s / 100/s = 90%; W = 1 / (μ − λ)"), "\(note)")

        let export = try waymark.run(["export"])
        #expect(export.status == 0)
        #expect(export.stdout.contains("  - Note: Queueing (M/M/c): arrival rate λ 90/s"), "\(export.stdout)")
    }
}
