import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// Whole-screen tests: each screen rendered to text and compared with a reviewed
/// snapshot in Snapshots/. A layout change shows up as a readable diff. Run with
/// WAYMARK_RECORD_SNAPSHOTS=1 to rewrite them after a deliberate change.
@Suite("Whole-frame snapshots")
struct FrameSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Named key sequences from a learner who started Foundation Builder 9 days ago
    /// and has done a little.
    static let scenes: [(name: String, keys: [Key])] = [
        ("plan", []),
        ("phase", [.enter]),
        ("phase-deliverable", [.enter, .character("G")]),
        ("lesson", [.enter, .enter, .enter]),
        ("lesson-scrolled-revealed", [.enter, .enter, .enter, .character("G"), .character("r"), .character("r")]),
        ("criteria", [.character("c"), .down]),
        ("help-phase", [.enter, .character("?")]),
        ("picker", [.character("p")]),
        ("chooser", [.character("p"), .character("w"), .down]),
        ("bootcamp", [.character("b"), .down]),
        ("note-editor", [.enter, .character("G"), .character("n"), .character("!")]),
        ("library", [.character("L")]),
        ("catalog", [.character("L"), .enter, .down, .down]),
        ("catalog-law", [.character("L"), .enter, .character("f"), .character("f"), .down]),
        ("pattern-card", [.character("L"), .enter, .down, .down, .down, .enter, .character("r")]),
        ("selector-leaf", [.character("L"), .down, .enter, .enter, .enter, .down, .enter]),
        ("glossary", [.character("L"), .down, .down, .enter, .down]),
        ("cheat-sheet", [.character("L"), .character("G"), .up, .enter, .enter]),
        ("recipe", [.character("L"), .character("G"), .enter, .enter]),
        ("lesson-terms", [.enter, .enter, .enter, .character("t")]),
        ("calculators", [.character("K")]),
        // Each calculator as it opens from the list, on its example.
        ("calculator-littles", [.character("K"), .enter]),
        ("calculator-availability", [.character("K"), .down, .enter]),
        ("calculator-queue", [.character("K"), .down, .down, .enter]),
        ("calculator-capacity", [.character("K"), .down, .down, .down, .enter]),
        ("calculator-fanout", [.character("K"), .down, .down, .down, .down, .enter]),
        ("calculator-quorum", [.character("K"), .down, .down, .down, .down, .down, .enter]),
        ("calculator-retry", [.character("K"), .down, .down, .down, .down, .down, .down, .enter]),
        ("calculator-cost", [.character("K"), .down, .down, .down, .down, .down, .down, .down, .enter]),
        ("calculator-attach", [.character("K"), .down, .down, .enter, .control("t")]),
        ("help-calculator", [.character("K"), .down, .down, .enter, .character("?")]),
        ("lessons", [.character("e"), .down, .down]),
        ("lessons-by-tag", [.character("e"), .character("t"), .character("G")]),
        // Circuit breakers: one prerequisite read (Law 1), one not.
        ("lesson-prerequisites", [.character("e")] + Array(repeating: .down, count: 12) + [.enter]),
        // A done deliverable's checklist with its first step ticked.
        ("steps", [.enter, .character("G"), .enter, .character(" ")]),
        ("today", [.character("T")]),
        ("today-scrolled", [.character("T"), .character("G")]),
        ("guide", [.character("o")]),
        ("guide-navigation", [.character("o"), .character("G")]),
        ("reading-order", [.character("o"), .character("G")] + Array(repeating: .up, count: 7) + [.enter]),
        // An insight typed for the journal, then the lesson's end with it under its date.
        ("lesson-insight-editor", [.enter, .enter, .enter, .character("i"), .paste("Racks fail together — 同時に ✓")]),
        (
            "lesson-journal",
            [.enter, .enter, .enter, .character("i"), .paste("Racks fail together — 同時に ✓"), .enter, .character("G")]
        ),
    ]

    static func learner(width: Int, height: Int) -> AppState {
        var state = makeState(started: true, daysAgo: 9, width: width, height: height)
        state.progress.apply(.setState(deliverableID: "notes-on-each-law", .done, at: fixedNow))
        state.progress.apply(.setNote(deliverableID: "notes-on-each-law", "Seven pages — 法 ✓ 🚀", at: fixedNow))
        state.progress.apply(.setState(deliverableID: "implement-one-pattern", .inProgress, at: fixedNow))
        state.progress.apply(
            .rate(criterionID: "implemented-three-patterns", .partly, note: "circuit breaker in Go", at: fixedNow))
        state.progress.apply(.markRead(lessonID: "law-correlated-failure", at: fixedNow))
        state.progress.apply(
            .logStudy(StudyEntry(on: fixedToday.adding(days: -1), minutes: 95, source: .reader, at: fixedNow)))
        // The deck the runner would read: three cards, all new, so all due.
        state.app.reviewDeck = Array(
            ReviewCard.deck(of: bundled, readLessons: ["law-correlated-failure": fixedNow]).prefix(3))
        return state
    }

    @Test("every screen matches its snapshot at 80x24 and 120x40", arguments: scenes.map(\.name))
    func screen(_ name: String) throws {
        let keys = Self.scenes.first { $0.name == name }!.keys
        for (width, height) in Self.sizes {
            var state = Self.learner(width: width, height: height)
            press(keys, on: &state)
            let frame = ScreenRenderer.render(state)
            #expect(frame.lines.count == height)
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= width })
            try assertSnapshot(frame, named: "\(name)-\(width)x\(height)")
        }
    }

    @Test("the too-small screen is a centred sentence and recovers when the window grows")
    func tooSmall() throws {
        var state = Self.learner(width: 80, height: 24)
        _ = update(&state, .resize(width: 20, height: 8), now: fixedNow)
        let small = ScreenRenderer.render(state)
        try assertSnapshot(small, named: "too-small-20x8")
        #expect(
            small.lines.joined(separator: " ").contains("50×14") && small.lines.joined(separator: " ").contains("20×8"))
        _ = update(&state, .resize(width: 80, height: 24), now: fixedNow)
        #expect(ScreenRenderer.render(state).lines[0].contains("Path plan"))
    }

    @Test("wide characters keep every row exactly as wide as the frame")
    func wideCharacters() {
        var frame = Frame(width: 10, height: 1)
        frame.put("法律🚀ab", x: 0, y: 0)
        #expect(frame.lines == ["法律🚀ab"])
        #expect(frame[1, 0].continuation && frame[5, 0].continuation)
        var clipped = Frame(width: 5, height: 1)
        clipped.put("ab法律", x: 0, y: 0)
        #expect(clipped.lines == ["ab法"])  // the second wide glyph would straddle the edge
    }

    @Test("escape sequences in text never reach a cell")
    func noEscapesInCells() {
        var state = Self.learner(width: 80, height: 24)
        state.progress.apply(
            .setNote(deliverableID: "notes-on-each-law", "evil\u{1B}]0;pwned\u{07}\u{202E}", at: fixedNow))
        press([.enter, .character("G")], on: &state)
        let frame = ScreenRenderer.render(state)
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                #expect(
                    !frame[x, y].text.unicodeScalars.contains {
                        $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}"
                    })
            }
        }
        #expect(frame.lines.contains { $0.contains("note: evil\u{FFFD}]0;pwned\u{FFFD}") })
    }

    @Test("without colour every state still reads: symbols for states, reverse video for the selection")
    func readableWithoutColour() {
        var state = Self.learner(width: 80, height: 24)
        press([.enter, .character("G")], on: &state)
        let frame = ScreenRenderer.render(state)
        let row = frame.lines.firstIndex { $0.contains("Notes on each law") }!
        #expect(frame.lines[row].contains("▸[x] Notes on each law  done"))
        #expect((0..<frame.width).contains { frame[$0, row].style.reverse })
        // The selection covers the entry's own text, not the blank run to the edge.
        let reversed = (0..<frame.width).filter { frame[$0, row].style.reverse }
        let steps = bundled.deliverable(id: "notes-on-each-law")?.deliverable.steps.count ?? 0
        #expect(reversed.count == DisplayWidth.of("[x] Notes on each law  done  0/\(steps) steps"))
        // Every styled cell that carries meaning by colour also carries a symbol or an attribute.
        let plan = ScreenRenderer.render(Self.learner(width: 80, height: 24))
        #expect(plan.lines.contains { $0.contains("◆ this week") })
        #expect(plan.lines.contains { $0.contains("█") && $0.contains("░") })
    }
}

func assertSnapshot(_ frame: Frame, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
{
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent("\(name).txt")
    let rendered = frame.lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["WAYMARK_RECORD_SNAPSHOTS"] == "1" {
        try rendered.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "no snapshot \(name).txt; record it with WAYMARK_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(rendered == expected, "frame \(name) differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
}
