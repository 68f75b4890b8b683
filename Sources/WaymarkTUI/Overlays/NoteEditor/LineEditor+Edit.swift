extension LineEditor {
    /// One editing operation, apart from the key that asks for it: every text field
    /// answers the same readline keys, and a screen that takes text knows which keys
    /// are text without a list of its own.
    public enum Edit: Sendable, Equatable {
        case insert(String)
        case deleteBackward, deleteForward
        case moveLeft, moveRight, moveToLineStart, moveToLineEnd, moveWordLeft, moveWordRight
        case deleteToLineStart, deleteToLineEnd, deleteWordBackward

        /// The edit `key` asks for; nil for a key that is not text or editing.
        public init?(_ key: Key) {
            switch key {
            case .paste(let text): self = .insert(text)
            case .character(let character): self = .insert(String(character))
            case .backspace, .control("h"): self = .deleteBackward
            case .delete, .control("d"): self = .deleteForward
            case .left, .control("b"): self = .moveLeft
            case .right, .control("f"): self = .moveRight
            case .home, .control("a"): self = .moveToLineStart
            case .end, .control("e"): self = .moveToLineEnd
            case .alt("b"): self = .moveWordLeft
            case .alt("f"): self = .moveWordRight
            case .control("u"): self = .deleteToLineStart
            case .control("k"): self = .deleteToLineEnd
            case .control("w"): self = .deleteWordBackward
            default: return nil
            }
        }
    }

    /// Carries out `edit`. Returns false when text to insert did not all fit.
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Bool {
        switch edit {
        case .insert(let text): return insert(text)
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .moveLeft: moveLeft()
        case .moveRight: moveRight()
        case .moveToLineStart: moveToLineStart()
        case .moveToLineEnd: moveToLineEnd()
        case .moveWordLeft: moveWordLeft()
        case .moveWordRight: moveWordRight()
        case .deleteToLineStart: deleteToLineStart()
        case .deleteToLineEnd: deleteToLineEnd()
        case .deleteWordBackward: deleteWordBackward()
        }
        return true
    }
}
