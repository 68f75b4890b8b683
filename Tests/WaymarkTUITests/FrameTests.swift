import PropertyBased
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// The frame keeps cells packed and the terminal redraws only what changed;
/// neither may change what a learner sees.
@Suite("Frame cells and redraws")
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
        var cells = Array(repeating: Frame.Cell(text: " ", style: .plain, continuation: false), count: width)
        guard x < width else { return (cells, 0) }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            var glyph = String(character)
            var glyphWidth = DisplayWidth.of(glyph)
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

    /// A terminal as `changes` sees it: drawing a glyph copies its cells.
    static func replay(_ changes: [Frame.Change], of frame: Frame, onto screen: inout [Frame.Cell]) {
        for change in changes {
            frame.forEachGlyph(in: change) { glyph in
                for x in glyph.x..<glyph.x + glyph.width { screen[change.y * frame.width + x] = frame[x, change.y] }
            }
        }
    }

    /// Every change is whole glyphs, each handed over as the frame holds it.
    static func checkGlyphs(_ changes: [Frame.Change], of frame: Frame) {
        for change in changes {
            var x = change.x
            frame.forEachGlyph(in: change) { glyph in
                let cell = frame[glyph.x, change.y]
                #expect(glyph.x == x && !cell.continuation)
                #expect((glyph.cluster ?? String(glyph.scalar)) == cell.text)
                #expect(glyph.scalar == cell.text.unicodeScalars.first)
                // A blank may be drawn in another style only where neither shows on a blank.
                #expect(
                    glyph.style == cell.style
                        || cell.text == " " && !cell.style.showsOnBlank && !glyph.style.showsOnBlank)
                #expect(glyph.width == DisplayWidth.of(cell.text))
                x += glyph.width
            }
            #expect(x == change.x + change.columns)
        }
    }

    @Test("redrawing hands the terminal every changed cell and nothing from unchanged rows")
    func changesCoverEveryChange() async {
        let input = Gen.int(in: 0...Int.max).array(of: 0...10)
        await propertyCheck(count: 300, input: input, input) { before, after in
            var previous = Frame(width: 9, height: 4)
            Self.draw(before, on: &previous)
            var next = previous
            Self.draw(after, on: &next)

            let changes = next.changes(since: previous, columns: 9, rows: 4)
            Self.checkGlyphs(changes, of: next)
            var screen = Self.cells(previous)
            Self.replay(changes, of: next, onto: &screen)
            #expect(screen == Self.cells(next))
            #expect(Set(changes.map(\.y)) == Set((0..<4).filter { !next.row($0, equals: previous) }))
            // A change spans the row's first to last changed cell, widened to whole glyphs.
            for change in changes {
                let changed = (0..<9).filter { next[$0, change.y] != previous[$0, change.y] }
                #expect(change.x >= changed.first! - 1 && change.x <= changed.first!)
                #expect(change.x + change.columns >= changed.last! + 1)
                #expect(change.x + change.columns <= changed.last! + 2)
            }

            let fresh = next.changes(since: nil, columns: 9, rows: 4)
            Self.checkGlyphs(fresh, of: next)
            var blank = Self.cells(Frame(width: 9, height: 4))
            Self.replay(fresh, of: next, onto: &blank)
            #expect(blank == Self.cells(next))
        }
    }

    @Test("glyphs come left to right with their width, style and every scalar")
    func glyphs() {
        var frame = Frame(width: 14, height: 1)
        frame.put("ab法e\u{301}👩\u{200D}💻cd", x: 0, y: 0)
        frame.restyle(x: 8, y: 0, width: 1) { $0.selected }
        let changes = frame.changes(since: nil, columns: 14, rows: 1)
        #expect(changes == [Frame.Change(y: 0, x: 0, columns: 9)])
        var glyphs: [Frame.Glyph] = []
        frame.forEachGlyph(in: changes[0]) { glyphs.append($0) }
        #expect(glyphs.map(\.x) == [0, 1, 2, 4, 5, 7, 8])
        #expect(glyphs.map(\.width) == [1, 1, 2, 1, 2, 1, 1])
        #expect(glyphs.map { $0.cluster ?? String($0.scalar) } == ["a", "b", "法", "e\u{301}", "👩\u{200D}💻", "c", "d"])
        #expect(glyphs.map(\.style) == Array(repeating: .plain, count: 6) + [.selected])
    }

    @Test("blanks that show nothing are drawn in the style of the text next to them")
    func softBlanks() {
        var frame = Frame(width: 30, height: 1)
        frame.put(
            [
                Span("  • ", .accent), Span("Two words", .strong), Span(" ", .muted), Span("x", .strong),
                Span("  ", .plain), Span("on", .selected), Span(" ", .plain), Span("on", .selected),
                Span(" end  ", .heading),
            ], x: 0, y: 0)
        var styles: [CellStyle] = []
        frame.forEachGlyph(in: Frame.Change(y: 0, x: 0, columns: 30)) { styles.append($0.style) }
        let bold = CellStyle.strong
        #expect(frame.text(ofRow: 0).hasPrefix("  • Two words x  on on end  "))
        #expect(Array(styles[0..<4]) == [.accent, .accent, .accent, bold])  // the indent takes the bullet's style
        #expect(Array(styles[4..<15]) == Array(repeating: bold, count: 11))  // the muted gap between bold words
        #expect(Array(styles[15..<17]) == [bold, bold])  // reverse video after: the style before
        #expect(styles[19] == .plain)  // reverse video on both sides never spreads to a blank
        #expect(Array(styles[22..<26]) == Array(repeating: .heading, count: 4))
        #expect(styles[26..<30].allSatisfy { $0 == .plain })  // nothing after: plain, to clear to the end
    }

    @Test("changes keep within a terminal smaller than the frame, leaving out a glyph cut by its edge")
    func changesClip() {
        var frame = Frame(width: 6, height: 3)
        for y in 0..<3 { frame.put("abcd法", x: 0, y: y) }
        #expect(frame.changes(since: nil, columns: 5, rows: 2) == [0, 1].map { Frame.Change(y: $0, x: 0, columns: 4) })
        #expect(frame.changes(since: nil, columns: 6, rows: 1) == [Frame.Change(y: 0, x: 0, columns: 6)])
    }

    @Test("a cursor move redraws only the two rows whose selection changed", arguments: [(80, 24), (200, 60)])
    func cursorMove(width: Int, height: Int) {
        var state = FrameSnapshotTests.learner(width: width, height: height)
        press([.enter], on: &state)
        let before = ScreenRenderer.render(state)
        press([.down], on: &state)
        let after = ScreenRenderer.render(state)
        let changes = after.changes(since: before, columns: width, rows: height)
        #expect(Set(changes.map(\.y)) == Set((0..<height).filter { !after.row($0, equals: before) }))
        #expect(changes.count == 2)
    }
}
