import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: the journal in the lesson reader")
struct LessonJournalTests {
    /// Foundation Builder started, Law 1 open in the reader.
    static func reading() -> AppState {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, on: &state)
        return state
    }

    @Test("i opens the editor for an insight on this lesson; Enter adds it to the journal, dated now")
    func addsInsight() throws {
        var state = Self.reading()
        press(.character("i"), on: &state)
        guard case .noteEditor(let editor) = state.overlay else {
            Issue.record("no editor opened")
            return
        }
        #expect(editor.target == .journal(lessonID: "law-correlated-failure"))
        #expect(editor.prompt == "Insight on Law 1: Correlated failure")
        press(.paste("Racks fail together — 同時に ✓"), on: &state)
        let effects = press(.enter, on: &state)
        #expect(state.overlay == nil)
        let entry = JournalEntry(lessonID: "law-correlated-failure", at: fixedNow, text: "Racks fail together — 同時に ✓")
        #expect(effects.contains(.save([.addJournalEntry(entry)])))
        #expect(state.progress.journal == [entry])
        #expect(state.message?.text == "Noted in your journal.")
        // A second one is another entry, never an edit of the first.
        press(.character("i"), on: &state)
        guard case .noteEditor(let second) = state.overlay else {
            Issue.record("no editor opened")
            return
        }
        #expect(second.text.isEmpty)
    }

    @Test("an empty insight or Esc adds nothing")
    func emptyOrCancelled() {
        var state = Self.reading()
        press(.character("i"), .character(" "), .enter, on: &state)
        #expect(state.progress.journal.isEmpty)
        #expect(state.message?.text == "Nothing noted: the insight was empty.")
        press(.character("i"), .character("x"), .escape, on: &state)
        #expect(state.progress.journal.isEmpty)
        #expect(state.message?.text == "Nothing noted.")
    }

    @Test("the reader counts the lesson's insights in its header and shows them, dated, after the text")
    func showsEntries() throws {
        var state = Self.reading()
        let before = try #require(state.lesson?.layout?.lines.count)
        state.progress.apply(
            .addJournalEntry(JournalEntry(lessonID: "other-lesson", at: fixedNow, text: "Not about this one")))
        press(.character("i"), .paste("First\nSecond line"), .enter, on: &state)
        let layout = try #require(state.lesson?.layout)
        #expect(layout.lessonLineCount == before)
        let tail = layout.lines.dropFirst(before).map(\.plainText)
        #expect(tail == ["", "Your journal on this lesson", "", "\(fixedToday)  First", "            Second line"])
        press(.character("G"), on: &state)
        let screen = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("· 1 insight"))
        #expect(screen.contains("Second line"))
        #expect(!screen.contains("Not about this one"))
    }

    @Test("the journal after the text does not delay the read mark: the lesson's own end earns it")
    func readMarkAtLessonEnd() throws {
        var state = Self.reading()
        for day in 0..<30 {
            state.progress.apply(
                .addJournalEntry(
                    JournalEntry(
                        lessonID: "law-correlated-failure", at: fixedNow.addingTimeInterval(Double(day)),
                        text: "Insight \(day)")))
        }
        _ = update(&state, .resize(width: 80, height: 24), now: fixedNow)
        let layout = try #require(state.lesson?.layout)
        let page = try #require(state.lesson?.bodyHeight(state.app))
        // Scroll until the lesson's last line is on screen, the journal still below.
        while let lesson = state.lesson, lesson.scroll + page < layout.lessonLineCount {
            press(.down, on: &state)
        }
        #expect(state.lesson!.scroll + page < layout.lines.count)
        #expect(state.progress.lessonsRead["law-correlated-failure"] != nil)
    }

    @Test("help lists the key, from the reader's bindings")
    func helpListsKey() {
        var state = Self.reading()
        press(.character("?"), on: &state)
        let screen = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("insight for the journal"))
    }
}
