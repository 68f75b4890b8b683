import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("terms on screen")
struct TermsOverlayTests {
    static let glossary = [
        GlossaryTerm(term: "Lease", definition: "A lock that expires.", see: []),
        GlossaryTerm(term: "CAP theorem", definition: "Pick two, roughly.", see: []),
        GlossaryTerm(term: "p99", definition: "The 99th percentile.", see: []),
        GlossaryTerm(term: "Quorum", definition: "A majority.", see: []),
    ]

    @Test("terms match whole words, ignoring case, in the order they first appear")
    func wholeWords() {
        let text = "A release is not a LEASE. The cap theorem, then p99 and p999 latency."
        let found = TermsOverlay.terms(in: text, glossary: Self.glossary).map(\.term)
        #expect(found == ["Lease", "CAP theorem", "p99"])
        #expect(TermsOverlay.terms(in: "releases and quorums", glossary: Self.glossary).isEmpty)
    }

    @Test("t in the reader lists the terms on the visible lines, each with its definition; any key closes it")
    func readerOverlay() throws {
        var state = makeState(started: true, width: 120, height: 40)
        press(.enter, .enter, .enter, on: &state)
        let lesson = try #require(state.lesson)
        let visible = lesson.layout!.lines.prefix(lesson.bodyHeight(state.app)).map(\.plainText)
        press(.character("t"), on: &state)
        guard case .terms(let overlay) = state.overlay else {
            Issue.record("no terms overlay")
            return
        }
        #expect(!overlay.terms.isEmpty)
        let text = visible.joined(separator: " ").lowercased()
        #expect(overlay.terms.allSatisfy { text.contains($0.term.lowercased()) })
        #expect(overlay.terms.contains { $0.term == "Correlated failure" })
        let lines = state.screenLines
        #expect(lines.contains { $0.contains("Glossary terms on this screen") })
        #expect(lines.contains { $0.contains("Correlated failure — The course's first law") })
        press(.character("x"), on: &state)
        #expect(state.overlay == nil)
        #expect(state.lesson != nil)
    }

    @Test("the overlay shows the terms of the lines scrolled to, not of the top")
    func followsScroll() {
        var state = makeState(started: true)
        // The lesson's own lines: the Predict prompt over a new lesson has its own tests.
        state.progress.apply(.setPredictPrompts(false))
        press(.enter, .enter, .enter, .character("t"), on: &state)
        guard case .terms(let top) = state.overlay else { return }
        press(.escape, .character("G"), .character("t"), on: &state)
        if case .terms(let bottom) = state.overlay {
            #expect(bottom != top)
        } else {
            #expect(state.message?.text == "No glossary terms on this screen.")
        }
    }

    @Test("terms that do not all fit are counted on a last line, and the box stays inside the window")
    func capped() {
        var frame = Frame(width: 80, height: 24)
        let long = String(repeating: "word ", count: 60)
        let terms = (1...12).map { GlossaryTerm(term: "Term \($0)", definition: long, see: []) }
        TermsOverlay(terms: terms).draw(into: &frame)
        #expect(frame.lines.contains { $0.contains("more on this screen") })
        #expect(frame.lines.contains { $0.contains("Term 1 — word") })
        #expect(!frame.lines.contains { $0.contains("Term 12 —") })
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
