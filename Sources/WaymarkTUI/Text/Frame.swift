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

        public static let blank = Cell(text: " ", style: .plain, continuation: false)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Whether row `y` is the same in `other`, a frame of the same size.
    public func row(_ y: Int, equals other: Frame) -> Bool {
        cells[y * width..<(y + 1) * width] == other.cells[y * width..<(y + 1) * width]
    }

    /// Draws `text` from column `x` on row `y`, clipped at `x + limit` (default: the
    /// right edge). Control characters never reach a cell. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            var glyph = String(character)
            var glyphWidth = ColumnWidth.width(of: glyph)
            if character.unicodeScalars.contains(where: { UnicodeSafety.classify($0) != .keep }) {
                glyph = glyph.sanitizedLine
                glyphWidth = DisplayWidth.of(glyph)
            }
            if glyphWidth == 0 {
                // A stray combining mark or format character: attach to nothing.
                continue
            }
            guard column + glyphWidth <= end else { break }
            if column >= 0 {
                cells[y * width + column] = Cell(text: glyph, style: style, continuation: false)
                if glyphWidth == 2 {
                    cells[y * width + column + 1] = Cell(text: "", style: style, continuation: true)
                }
            }
            column += glyphWidth
        }
        return max(0, column - x)
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
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + columns) {
            cells[y * width + column].style = transform(cells[y * width + column].style)
        }
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func clear(x: Int, y: Int, width columns: Int, height rows: Int, style: CellStyle = .plain) {
        for row in max(0, y)..<min(height, y + rows) {
            for column in max(0, x)..<min(width, x + columns) {
                cells[row * width + column] = Cell(text: " ", style: style, continuation: false)
            }
        }
    }

    /// Row `y` as plain text, for tests and for plain-text fallbacks.
    public func text(ofRow y: Int) -> String {
        var out = ""
        for x in 0..<width where !self[x, y].continuation { out += self[x, y].text }
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
