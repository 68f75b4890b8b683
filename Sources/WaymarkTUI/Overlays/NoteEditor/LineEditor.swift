/// Editable text with a cursor, as in a readline prompt: insert at the cursor,
/// move by character, word or line, delete either way. Every operation costs what
/// it touches, never the whole text, so a 60,000-character note edits as fast as
/// an empty one.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index into `characters`: the cursor sits before this character.
    public private(set) var cursor: Int
    /// The most characters the text may hold; a longer paste is cut here. A note
    /// that is already longer (set from the shell) keeps every character, with room
    /// to go on editing.
    public let capacity: Int

    public init(_ text: String, capacity: Int = 20_000) {
        characters = Array(text)
        cursor = characters.count
        self.capacity = max(capacity, characters.count + 1_000)
    }

    public var text: String { String(characters) }

    /// Inserts `text` at the cursor: newlines kept, CR LF and lone CR as newlines,
    /// tabs as spaces, other controls dropped. Returns false when some of it did
    /// not fit.
    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        var incoming: [Character] = []
        for character in text {
            switch character {
            case "\r\n", "\r", "\n": incoming.append("\n")
            case "\t": incoming.append(" ")
            default:
                if character.unicodeScalars.first.map({ $0.value < 0x20 || $0.value == 0x7F }) == true { continue }
                incoming.append(character)
            }
        }
        let room = max(0, capacity - characters.count)
        let fitting = incoming.prefix(room)
        characters.insert(contentsOf: fitting, at: cursor)
        cursor += fitting.count
        return fitting.count == incoming.count
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

    /// Start and end of the line the cursor is on (Home/End, Ctrl-A/Ctrl-E).
    public mutating func moveToLineStart() { cursor = lineStart }
    public mutating func moveToLineEnd() {
        var index = cursor
        while index < characters.count, characters[index] != "\n" { index += 1 }
        cursor = index
    }

    /// Back to the start of this or the previous word (Alt-B).
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// On past the end of this or the next word (Alt-F).
    public mutating func moveWordRight() {
        var index = cursor
        while index < characters.count, !isWord(characters[index]) { index += 1 }
        while index < characters.count, isWord(characters[index]) { index += 1 }
        cursor = index
    }

    /// Ctrl-U: everything from the start of the line to the cursor.
    public mutating func deleteToLineStart() {
        let start = lineStart
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-K: everything from the cursor to the end of the line.
    public mutating func deleteToLineEnd() {
        var end = cursor
        while end < characters.count, characters[end] != "\n" { end += 1 }
        characters.removeSubrange(cursor..<end)
    }

    /// Ctrl-W: the word before the cursor.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private var lineStart: Int {
        var index = cursor
        while index > 0, characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, !isWord(characters[index - 1]) { index -= 1 }
        while index > 0, isWord(characters[index - 1]) { index -= 1 }
        return index
    }

    private func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
