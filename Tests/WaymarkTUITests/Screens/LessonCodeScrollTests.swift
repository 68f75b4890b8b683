import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: wide code scrolls sideways in the reader")
struct LessonCodeScrollTests {
    static let wide = String(repeating: "0123456789", count: 9) + "END"
    static let markdown = """
        # A wide block

        Prose keeps wrapping at the window's width, however long the paragraph goes on.

        ```
        short line
        \(wide)
        ```

        After the code.
        """

    /// A learner reading a lesson (already read, so no Predict prompt) whose body is the wide block above.
    static func reading(width: Int, height: Int = 20) -> AppState {
        var state = makeState(started: true, width: width, height: height)
        state.progress.apply(.markRead(lessonID: "law-correlated-failure", at: fixedNow))
        state.stack.append(.lesson(LessonScreen(sequence: ["law-correlated-failure"], index: 0)))
        _ = update(&state, .lessonLoaded(id: "law-correlated-failure", markdown: markdown), now: fixedNow)
        return state
    }

    private func lines(_ state: AppState) -> [String] { ScreenRenderer.render(state).lines }

    @Test("a code line wider than the window is marked › where it is cut, not silently lost")
    func cutIsMarked() {
        let laidOut = MarkdownLayout.layout(MarkdownDocument(markdown: Self.markdown), width: 40, revealedAnswers: 0)
        let code = laidOut.lines.map(\.plainText).first { $0.contains("0123") } ?? ""
        #expect(code.hasSuffix("›"))
        #expect(DisplayWidth.of(code) == 40)
        #expect(laidOut.widestCode == 93)
    }

    @Test("scrolled, a line cut on the left is marked ‹ and shows what was hidden")
    func offsetShowsTheRest() {
        let document = MarkdownDocument(markdown: Self.markdown)
        let laidOut = MarkdownLayout.layout(document, width: 40, revealedAnswers: 0, codeOffset: 55)
        let text = laidOut.lines.map(\.plainText)
        #expect(text.contains(" ‹" + String(Self.wide.dropFirst(55))))
        // A short line scrolled out of sight still says something is to the left.
        #expect(text.contains(" ‹"))
        // Prose is not moved.
        #expect(text.contains { $0.hasPrefix("Prose keeps wrapping") })
    }

    @Test("→ scrolls code right up to its end, ← scrolls back, and then ← goes back as everywhere")
    func keys() {
        var state = Self.reading(width: 60)
        press(.right, on: &state)
        let step = state.lesson?.codeOffset ?? 0
        #expect(step > 0)
        press(.right, .right, .right, on: &state)
        let end = state.lesson?.codeOffset ?? 0
        #expect(end == 93 - (state.app.readingWidth - 2))
        #expect(lines(state).contains { $0.contains("END") })
        press(.left, .character("h"), on: &state)
        #expect(state.lesson?.codeOffset == 0)
        #expect(state.lesson != nil)
        press(.left, on: &state)
        #expect(state.lesson == nil)
    }

    @Test("a lesson whose code fits says so rather than scrolling")
    func nothingToScroll() {
        var state = Self.reading(width: 120)
        press(.right, on: &state)
        #expect(state.lesson?.codeOffset == 0)
        #expect(state.message?.text == "No code here is wider than the window.")
    }

    @Test("the reader at 60 columns: the wide line cut and marked, then scrolled to its end")
    func snapshots() throws {
        var state = Self.reading(width: 60)
        try assertSnapshot(ScreenRenderer.render(state), named: "lesson-wide-code-60x20")
        press(.character("l"), .character("l"), .character("l"), on: &state)
        try assertSnapshot(ScreenRenderer.render(state), named: "lesson-wide-code-scrolled-60x20")
    }
}
