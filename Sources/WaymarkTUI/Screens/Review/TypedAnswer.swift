import WaymarkCurriculum

/// A typed answer to a self-check with a key: the field it is typed into, and once
/// checked, whether the key accepts it. The Review screen and the reader's answer
/// box both use it, so an answer is checked and shown the same way in both.
public struct TypedAnswer: Sendable, Equatable {
    /// Right or wrong, once checked.
    public enum Verdict: Sendable, Equatable {
        case right
        case wrong
    }

    /// An answer is a number or a choice; a longer paste is cut here.
    static let capacity = 200

    public private(set) var editor = LineEditor("", capacity: capacity)
    public private(set) var verdict: Verdict?

    public init() {}

    /// Applies a typed or editing key; false when a paste did not fit.
    @discardableResult
    mutating func edit(_ key: Key) -> Bool {
        guard verdict == nil, var edit = LineEditor.Edit(key) else { return true }
        // An answer is one line: a pasted newline is a space.
        if case .insert(let text) = edit {
            edit = .insert(String(text.map { $0.isNewline ? " " : $0 }))
        }
        return editor.apply(edit)
    }

    var isBlank: Bool { editor.text.allSatisfy(\.isWhitespace) }

    /// Checks the typed text against `key` and keeps the verdict.
    @discardableResult
    mutating func check(against key: AnswerKey) -> Verdict {
        let verdict: Verdict = key.accepts(editor.text) ? .right : .wrong
        self.verdict = verdict
        return verdict
    }

    /// The line that says how the answer fared: "✓ Right: 40 ± 1 jobs".
    func verdictLine(_ key: AnswerKey) -> StyledLine {
        switch verdict {
        case .right: [Span("✓ Right", .good), Span(" · expected " + key.display, .muted)]
        case .wrong: [Span("✗ Not quite", .warning), Span(" · expected " + key.display, .muted)]
        case nil: []
        }
    }

    /// Draws the field, `width` columns wide at (`x`, `y`), with the cursor when `focused`.
    func drawField(x: Int, y: Int, width: Int, focused: Bool, into frame: inout Frame) {
        let box = CellStyle(underline: true)
        frame.clear(x: x, y: y, width: width, height: 1, style: box)
        let shown = CalculatorScreen.visibleText(of: editor, width: width)
        frame.put(shown.text, x: x, y: y, style: box, limit: width)
        if focused { frame.restyle(x: x + shown.cursorColumn, y: y, width: 1) { $0.selected } }
    }
}
