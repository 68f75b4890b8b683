import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("note editor")
struct NoteEditorTests {
    @Test("n edits a deliverable's note; Enter saves it, Esc leaves it")
    func editNote() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("n"), on: &state)
        guard case .noteEditor = state.overlay else {
            Issue.record("no editor opened")
            return
        }
        for character in "Läws ✓ 法则" { press(.character(character), on: &state) }
        press(.backspace, on: &state)
        let effects = press(.enter, on: &state)
        #expect(state.overlay == nil)
        #expect(state.progress.deliverables["notes-on-each-law"]?.note == "Läws ✓ 法")
        #expect(effects == [.save([.setNote(deliverableID: "notes-on-each-law", "Läws ✓ 法", at: fixedNow)])])
        press(.character("n"), .control("u"), .character("x"), .escape, on: &state)
        #expect(state.progress.deliverables["notes-on-each-law"]?.note == "Läws ✓ 法")
    }

    @Test("q typed into a note is text, not quit")
    func qInEditor() {
        var state = makeState(started: true)
        let effects = press(.enter, .character("G"), .character("n"), .character("q"), on: &state)
        #expect(!effects.contains(.quit))
        guard case .noteEditor(let editor) = state.overlay else {
            Issue.record("the editor closed")
            return
        }
        #expect(editor.text == "q")
    }

    @Test("a paste is text: its newlines stay in the note and an escape in it cancels nothing")
    func pasteIsText() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("n"), on: &state)
        let effects = press(.paste("line one\nline two \u{1B} G q"), .enter, on: &state)
        #expect(state.progress.deliverables["notes-on-each-law"]?.note == "line one\nline two  G q")
        #expect(effects.count == 1)
        #expect(state.screen == .phase(PhaseScreen(pathID: "foundation-builder", phaseIndex: 0, cursor: 2)))
    }

    @Test("the cursor moves by character, word and line, and edits happen where it is")
    func readlineKeys() {
        var editor = LineEditor("alpha beta gamma")
        editor.moveWordLeft()
        editor.insert("big ")
        #expect(editor.text == "alpha beta big gamma")
        editor.moveToLineStart()
        editor.deleteForward()
        editor.insert("A")
        #expect(editor.text == "Alpha beta big gamma")
        editor.moveWordRight()
        editor.deleteWordBackward()
        #expect(editor.text == " beta big gamma")
        editor.moveToLineEnd()
        editor.moveLeft()
        editor.deleteToLineEnd()
        #expect(editor.text == " beta big gamm")
        editor.deleteToLineStart()
        #expect(editor.text == "")
    }

    @Test("lines: Home and End stay on the cursor's line; Alt-Enter starts a new one")
    func multipleLines() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("n"), .character("a"), .alt("\n"), .character("b"), on: &state)
        press(.home, .character(">"), .end, .character("<"), .enter, on: &state)
        #expect(state.progress.deliverables["notes-on-each-law"]?.note == "a\n>b<")
    }

    @Test("a 60,000-character note opens, edits and draws: only the part near the cursor is laid out")
    func longNote() {
        var state = makeState(started: true)
        let long = String(repeating: "word ", count: 12_000) + "end"
        state.progress.apply(.setNote(deliverableID: "notes-on-each-law", long, at: fixedNow))
        press(.enter, .character("G"), .character("n"), .character("!"), .home, .character("^"), on: &state)
        guard case .noteEditor(let editor) = state.overlay else {
            Issue.record("no editor")
            return
        }
        #expect(editor.text.count == long.count + 2)
        let rows = NoteEditor.rows(of: editor.editor, width: 68)
        #expect(rows.lines.count < 100)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("^word") })
    }

    @Test("a paste past the note's capacity is cut there, and the learner is told")
    func capacity() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("n"), .paste(String(repeating: "x", count: 30_000)), on: &state)
        guard case .noteEditor(let editor) = state.overlay else {
            Issue.record("no editor")
            return
        }
        #expect(editor.text.count == 20_000)
        #expect(state.message?.isError == true)
    }
}
