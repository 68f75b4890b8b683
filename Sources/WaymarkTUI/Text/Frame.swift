import WaymarkCore
import WaymarkCurriculum

/// A screen as a value: a grid of styled cells that views draw into and tests
/// read back as text. The terminal adapter copies it to the real screen.
public struct Frame: Sendable, Equatable {
    /// One column. A wide character occupies its cell and marks the next as
    /// `continuation`, so every row always spans exactly `width` columns.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var style: CellStyle
        public var continuation: Bool
    }

    public let width: Int
    public let height: Int
    /// Every cell, row after row. A view rebuilds the whole frame on every key,
    /// so a cell is 32 bits rather than a String (see `Slot`).
    private(set) var slots: [Slot]
    /// The text of glyphs made of several scalars (a letter with a combining
    /// mark, an emoji sequence); their slots hold an index into it.
    private(set) var clusters: [String] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        slots = Array(repeating: .blank(CellStyle.plain.packed), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        let slot = slots[y * width + x]
        let style = CellStyle(packed: slot.style)
        if slot.isContinuation { return Cell(text: "", style: style, continuation: true) }
        return Cell(text: text(of: slot), style: style, continuation: false)
    }

    private func text(of slot: Slot) -> String {
        slot.isCluster ? clusters[slot.clusterIndex] : String(slot.scalar)
    }

    /// Whether the cell at `index` shows the same as the one at `index` in
    /// `other`, a frame of the same size.
    @inline(__always)
    func slot(_ index: Int, equals other: Frame) -> Bool {
        let mine = slots[index]
        let theirs = other.slots[index]
        if mine == theirs, !mine.isCluster { return true }
        guard mine.isCluster, theirs.isCluster, mine.sameShape(as: theirs) else { return false }
        return clusters[mine.clusterIndex] == other.clusters[theirs.clusterIndex]
    }

    /// Whether row `y` is the same in `other`, a frame of the same size.
    public func row(_ y: Int, equals other: Frame) -> Bool {
        for index in y * width..<(y + 1) * width where !slot(index, equals: other) { return false }
        return true
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height
            && (0..<lhs.height).allSatisfy { lhs.row($0, equals: rhs) }
    }

    /// Draws `text` from column `x` on row `y`, clipped at `x + limit` (default: the
    /// right edge). Control characters never reach a cell. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        let row = y * width
        let packed = style.packed
        let bytes = text.utf8
        var column = x
        var wroteAny = false
        var last: (character: Character, slot: Slot, width: Int)?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            // Printable ASCII followed by ASCII is a whole character of one column
            // that the sanitiser keeps as it is: most text, and no Unicode tables.
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte >= 0x20, byte < 0x7F, next == bytes.endIndex || bytes[next] < 0x80 {
                guard column < end else { break }
                if column >= 0 {
                    if !wroteAny { openLeftEdge(row: row, at: column) }
                    wroteAny = true
                    slots[row + column] = .scalar(Unicode.Scalar(byte), packed)
                }
                column += 1
                index = next
                continue
            }
            let character = text[index]
            index = bytes.index(index, offsetBy: character.utf8.count)
            // Rules, bars and borders repeat one glyph: sanitise and measure it once.
            // Compared by bytes: comparing Characters normalises them.
            if last?.character.utf8.elementsEqual(character.utf8) != true {
                var glyph = String(character)
                var glyphWidth = DisplayWidth.of(character)
                if character.unicodeScalars.contains(where: { UnicodeSafety.classify($0) != .keep }) {
                    glyph = glyph.sanitizedLine
                    glyphWidth = DisplayWidth.of(glyph)
                }
                last = (character, glyphWidth == 0 ? .blank(packed) : slot(for: glyph, packed), glyphWidth)
            }
            guard let (_, slot, glyphWidth) = last, glyphWidth > 0 else {
                // A stray combining mark or format character: attach to nothing.
                continue
            }
            guard column + glyphWidth <= end else { break }
            if column >= 0 {
                if !wroteAny { openLeftEdge(row: row, at: column) }
                wroteAny = true
                slots[row + column] = slot
                if glyphWidth == 2 { slots[row + column + 1] = .continuation(packed) }
            }
            column += glyphWidth
        }
        if wroteAny { closeRightEdge(row: row, at: column) }
        return max(0, column - x)
    }

    // A wide glyph that new cells cover only half of loses its other half to a
    // blank, as on a terminal, so a continuation always follows its glyph.

    /// Cells are about to be written from column `x` of the row starting at `row`.
    private mutating func openLeftEdge(row: Int, at x: Int) {
        if x > 0, x < width, slots[row + x].isContinuation { slots[row + x - 1] = .blank(CellStyle.plain.packed) }
    }

    /// Cells were written up to, not including, column `x` of the row starting at `row`.
    private mutating func closeRightEdge(row: Int, at x: Int) {
        if x < width, slots[row + x].isContinuation { slots[row + x] = .blank(CellStyle.plain.packed) }
    }

    private mutating func slot(for glyph: String, _ style: UInt8) -> Slot {
        let scalars = glyph.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return .scalar(first, style)
        }
        guard clusters.count < Slot.clusterLimit else { return .scalar(UnicodeSafety.marker, style) }
        clusters.append(glyph)
        return .cluster(clusters.count - 1, style)
    }

    /// Draws styled spans one after another; returns the columns used.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        var used = 0
        let total = limit ?? (width - x)
        for span in line {
            guard used < total else { break }
            used += put(span.text, x: x + used, y: y, style: span.style, limit: total - used)
        }
        return used
    }

    /// Paints a rectangle's style (e.g. a selection bar) without changing its text.
    public mutating func restyle(x: Int, y: Int, width columns: Int, _ transform: (CellStyle) -> CellStyle) {
        let left = max(0, x)
        let right = min(width, x + columns)
        guard y >= 0, y < height, left < right else { return }
        for index in y * width + left..<y * width + right {
            slots[index].style = transform(CellStyle(packed: slots[index].style)).packed
        }
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func clear(x: Int, y: Int, width columns: Int, height rows: Int, style: CellStyle = .plain) {
        let blank = Slot.blank(style.packed)
        let left = max(0, x)
        let right = min(width, x + columns)
        let top = max(0, y)
        let bottom = min(height, y + rows)
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            openLeftEdge(row: row * width, at: left)
            closeRightEdge(row: row * width, at: right)
            for column in left..<right { slots[row * width + column] = blank }
        }
    }

    /// Row `y` as plain text, for tests and for plain-text fallbacks.
    public func text(ofRow y: Int) -> String {
        var out = ""
        for slot in slots[y * width..<(y + 1) * width] where !slot.isContinuation { out += text(of: slot) }
        return out
    }

    /// The whole frame as text, trailing spaces trimmed: what a person would see.
    public var lines: [String] {
        (0..<height).map { row in
            var line = text(ofRow: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
