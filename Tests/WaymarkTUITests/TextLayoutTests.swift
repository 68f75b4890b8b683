import PropertyBased
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// Inline Markdown and wrapping cut text into pieces without walking it a
/// character at a time; each must give what the plain character-by-character
/// version (kept here as the reference) gives.
@Suite("Text layout against character-by-character references")
struct TextLayoutTests {
    /// Text that has broken layouts: markers next to spaces and each other,
    /// combining marks on markers and spaces, wide glyphs, CR LF, controls.
    static let pieces = [
        "a", "word", " ", "  ", "\n", "\r\n", "*", "**", "`", "*\u{301}", " \u{301}", "e\u{301}", "法律", "🚀", "—",
        "\u{1B}", "longerword", "\u{0600}", "\u{200D}", "\u{1F3FB}", "\u{0E33}", "\u{0903}", "\r", "λ",
    ]

    static func text(_ numbers: [Int]) -> String {
        numbers.map { pieces[$0 % pieces.count] }.joined()
    }

    /// Each scalar with its style: what a line looks like, however it is cut into spans.
    static func cells(_ line: StyledLine) -> [String] {
        line.flatMap { span in span.text.unicodeScalars.map { "\($0.value):\(span.style.packed)" } }
    }

    /// `MarkdownLayout.inline` as it was, appending a character at a time.
    static func referenceInline(_ text: String) -> StyledLine {
        var spans: StyledLine = []
        var current = ""
        var style = CellStyle.plain
        var index = text.startIndex
        func flush() {
            if !current.isEmpty { spans.append(Span(current, style)) }
            current = ""
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "`" {
                flush()
                style = style.role == .code ? .plain : CellStyle(role: .code)
                index = next
            } else if style.role != .code && character == "*" && next < text.endIndex && text[next] == "*" {
                flush()
                style.bold.toggle()
                index = text.index(after: next)
            } else if style.role != .code && character == "*"
                && (style.italic || (next < text.endIndex && text[next] != " "))
            {
                flush()
                style.italic.toggle()
                index = next
            } else {
                current.append(character)
                index = next
            }
        }
        flush()
        return spans
    }

    /// `TextWrapper.wrap` for spans as it was: words built a character at a
    /// time, a span for every word and space.
    static func referenceWrap(_ spans: StyledLine, width: Int) -> [StyledLine] {
        let width = max(1, width)
        var lines: [StyledLine] = []
        var line: StyledLine = []
        var lineWidth = 0
        var words: [(text: String, style: CellStyle, spaceBefore: Bool)] = []
        var pendingSpace = false
        for span in spans {
            var current = ""
            for character in span.text {
                if character == " " || character == "\n" {
                    if !current.isEmpty {
                        words.append((current, span.style, pendingSpace))
                        current = ""
                    }
                    pendingSpace = true
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty {
                words.append((current, span.style, pendingSpace))
                pendingSpace = false
            }
        }
        for word in words {
            var text = word.text
            var textWidth = DisplayWidth.of(text)
            let needsSpace = word.spaceBefore && !line.isEmpty
            if lineWidth + (needsSpace ? 1 : 0) + textWidth > width && !line.isEmpty {
                lines.append(line)
                line = []
                lineWidth = 0
            } else if needsSpace {
                line.append(Span(" ", word.style))
                lineWidth += 1
            }
            while textWidth > width - lineWidth {
                let head = DisplayWidth.prefix(text, fitting: width - lineWidth)
                if head.isEmpty { break }
                line.append(Span(head, word.style))
                lines.append(line)
                line = []
                lineWidth = 0
                text = String(text.dropFirst(head.count))
                textWidth = DisplayWidth.of(text)
            }
            if !text.isEmpty {
                line.append(Span(text, word.style))
                lineWidth += textWidth
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    @Test("inline Markdown gives the same styled text as the reference")
    func inlineMatchesReference() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int.max).array(of: 0...20)) { numbers in
            let text = Self.text(numbers)
            let spans = MarkdownLayout.inline(text)
            #expect(spans == Self.referenceInline(text), "\(text.debugDescription)")
        }
    }

    @Test("inline Markdown on ASCII text, whose markers are found by byte, matches the reference")
    func asciiInlineMatchesReference() async {
        let ascii = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int.max).array(of: 0...24)) { numbers in
            let text = numbers.map { ascii[$0 % ascii.count] }.joined()
            #expect(MarkdownLayout.inline(text) == Self.referenceInline(text), "\(text.debugDescription)")
        }
    }

    @Test("a list item's links are split off by bytes exactly where Characters split them")
    func linkPiecesMatchCharacterSplit() async {
        let withBreaks =
            Self.pieces + [MarkdownDocument.linkBreak, MarkdownDocument.linkBreak + "\u{301}", "<https://x>"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max).array(of: 0...20)) { numbers in
            let item = numbers.map { withBreaks[$0 % withBreaks.count] }.joined()
            let reference = item.split(
                separator: Character(MarkdownDocument.linkBreak), omittingEmptySubsequences: false)
            #expect(MarkdownDocument.linkPieces(of: item) == reference, "\(item.debugDescription)")
        }
    }

    @Test("text is cut at spaces and newlines, by byte or by scalar, exactly where Characters cut it")
    func piecesMatchCharacterSplit() async {
        await propertyCheck(count: 800, input: Gen.int(in: 0...Int.max).array(of: 0...20)) { numbers in
            let text = Self.text(numbers)
            let reference = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "\n" })
            #expect(TextWrapper.pieces(of: text) == reference, "\(text.debugDescription)")
        }
    }

    @Test("styled wrapping gives the same lines as the reference, in fewer spans")
    func wrapMatchesReference() async {
        let input = Gen.int(in: 0...Int.max).array(of: 0...20)
        await propertyCheck(count: 400, input: input, Gen.int(in: 1...14)) { numbers, width in
            // Several spans, with and without spaces at their edges, and empty ones.
            let spans = numbers.chunked(into: 3).flatMap { chunk in
                MarkdownLayout.inline(Self.text(chunk)) + (chunk[0].isMultiple(of: 3) ? [Span("", .strong)] : [])
            }
            let lines = TextWrapper.wrap(spans, width: width)
            let reference = Self.referenceWrap(spans, width: width)
            #expect(lines.map(Self.cells) == reference.map(Self.cells), "\(spans) at \(width)")
            #expect(lines.allSatisfy { line in zip(line, line.dropFirst()).allSatisfy { $0.style != $1.style } })
        }
    }
}

extension Array {
    fileprivate func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
