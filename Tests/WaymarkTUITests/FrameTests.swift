import PropertyBased
import Testing
import WaymarkCore

@testable import WaymarkTUI

/// The frame keeps each cell packed in a word; that may not change what a learner sees.
@Suite("Frame cells")
struct FrameTests {
    /// Text that has broken terminal layouts: combining marks, wide and emoji
    /// glyphs, joiners, controls, bidi overrides, a lone CR LF.
    static let fragments = [
        "a", "Z", " ", "~", "ab ", "e\u{301}", "法", "한", "🚀", "👩\u{200D}💻", "☃\u{FE0F}", "🇺🇸", "\u{1B}[2J", "\r\n",
        "\t", "\n", "\u{202E}", "\u{301}", "\u{200B}", "·", "█", "\u{7F}", "\u{85}", "\u{FFFD}", "x\u{0308}y",
    ]
    static let styles: [CellStyle] = [.plain, .strong, .muted, .heading, .selected, CellStyle(role: .code)]

    /// Takes numbers apart into choices, so a generated [Int] describes drawing.
    struct Choices {
        var number: Int
        mutating func next(_ count: Int) -> Int {
            defer { number /= count }
            return number % count
        }
        mutating func text() -> String {
            (0..<next(5)).map { _ in FrameTests.fragments[next(FrameTests.fragments.count)] }.joined()
        }
        mutating func style() -> CellStyle { FrameTests.styles[next(FrameTests.styles.count)] }
    }

    /// Draws on `frame` as the views do: text, cleared boxes, selection bars.
    static func draw(_ numbers: [Int], on frame: inout Frame) {
        for number in numbers {
            var choice = Choices(number: number)
            let x = choice.next(frame.width + 3) - 2
            let y = choice.next(frame.height)
            switch choice.next(4) {
            case 0, 1:
                let limit = choice.next(3) == 0 ? nil : choice.next(frame.width)
                frame.put(choice.text(), x: x, y: y, style: choice.style(), limit: limit)
            case 2:
                frame.clear(x: x, y: y, width: choice.next(5), height: choice.next(3), style: choice.style())
            default:
                frame.restyle(x: x, y: y, width: choice.next(6)) { $0.selected }
            }
        }
    }

    static func cells(_ frame: Frame) -> [Frame.Cell] {
        (0..<frame.height).flatMap { y in (0..<frame.width).map { x in frame[x, y] } }
    }

    /// `put` as it was before its ASCII fast path: every Character sanitised and
    /// measured on its own, into a blank row. What the fast path must reproduce.
    static func referencePut(_ text: String, x: Int, width: Int, style: CellStyle, limit: Int?) -> (
        cells: [Frame.Cell], used: Int
    ) {
        var cells = Array(repeating: Frame.Cell.blank, count: width)
        guard x < width else { return (cells, 0) }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            var glyph = String(character)
            var glyphWidth = ColumnWidth.width(of: glyph)
            if character.unicodeScalars.contains(where: { UnicodeSafety.classify($0) != .keep }) {
                glyph = glyph.sanitizedLine
                glyphWidth = DisplayWidth.of(glyph)
            }
            if glyphWidth == 0 { continue }
            guard column + glyphWidth <= end else { break }
            if column >= 0 {
                cells[column] = Frame.Cell(text: glyph, style: style, continuation: false)
                if glyphWidth == 2 { cells[column + 1] = Frame.Cell(text: "", style: style, continuation: true) }
            }
            column += glyphWidth
        }
        return (cells, max(0, column - x))
    }

    @Test("put lays text out exactly as the character-by-character sanitiser does")
    func putMatchesReference() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int.max)) { number in
            var choice = Choices(number: number)
            let text = choice.text() + choice.text()
            let x = choice.next(12) - 2
            let style = choice.style()
            let limit = choice.next(2) == 0 ? nil : choice.next(10)
            var frame = Frame(width: 10, height: 1)
            let used = frame.put(text, x: x, y: 0, style: style, limit: limit)
            let expected = Self.referencePut(text, x: x, width: 10, style: style, limit: limit)
            #expect(Self.cells(frame) == expected.cells, "\(text.debugDescription) at \(x)")
            #expect(used == expected.used)
        }
    }

    @Test("every style survives packing into a cell")
    func stylesPack() {
        for role in CellStyle.Role.allCases {
            for flags in 0..<32 {
                let style = CellStyle(
                    role: role, bold: flags & 1 != 0, dim: flags & 2 != 0, italic: flags & 4 != 0,
                    underline: flags & 8 != 0, reverse: flags & 16 != 0)
                #expect(CellStyle(packed: style.packed) == style)
            }
        }
    }

    @Test("frames are equal when they show the same, wherever their clusters are kept")
    func equalityByContent() {
        var first = Frame(width: 8, height: 2)
        first.put("👩\u{200D}💻", x: 0, y: 0)
        first.put("e\u{301}", x: 4, y: 1)
        var second = Frame(width: 8, height: 2)
        second.put("x\u{301}", x: 4, y: 1)
        second.put("e\u{301}", x: 4, y: 1)
        second.put("👩\u{200D}💻", x: 0, y: 0)
        #expect(first == second)
        #expect(first.row(1, equals: second))
        second.put("o\u{301}", x: 4, y: 1)
        #expect(first != second)
        #expect(!first.row(1, equals: second) && first.row(0, equals: second))
        var restyled = first
        restyled.restyle(x: 0, y: 0, width: 1) { $0.selected }
        #expect(restyled != first)
    }

    @Test("a wide glyph drawn over by half becomes blanks, so every row keeps its width")
    func wideGlyphCut() {
        var frame = Frame(width: 6, height: 3)
        for y in 0..<3 { frame.put("法律", x: 0, y: y) }
        frame.put("a", x: 1, y: 0)
        frame.put("b", x: 2, y: 1)
        frame.clear(x: 3, y: 2, width: 1, height: 1)
        #expect(frame.lines == [" a律", "法b", "法"])
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 6 })
        #expect((0..<3).allSatisfy { DisplayWidth.of(frame.text(ofRow: $0)) == 6 })
    }

    @Test("continuation cells always follow the wide glyph they belong to")
    func continuationsFollowTheirGlyph() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max).array(of: 1...12)) { numbers in
            var frame = Frame(width: 9, height: 3)
            Self.draw(numbers, on: &frame)
            for y in 0..<frame.height {
                #expect(DisplayWidth.of(frame.text(ofRow: y)) == frame.width)
                for x in 0..<frame.width {
                    let cell = frame[x, y]
                    if cell.continuation {
                        #expect(x > 0 && !frame[x - 1, y].continuation && DisplayWidth.of(frame[x - 1, y].text) == 2)
                    } else if DisplayWidth.of(cell.text) == 2 {
                        #expect(x + 1 < frame.width && frame[x + 1, y].continuation)
                    }
                }
            }
        }
    }
}
