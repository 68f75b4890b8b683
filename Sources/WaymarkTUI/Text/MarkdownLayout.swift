import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Lays a `MarkdownDocument` out as styled lines for a given width. Pure: the
/// reader calls it with the current width and which answers are revealed.
public enum MarkdownLayout {
    public static func lines(for document: MarkdownDocument, width: Int, revealedAnswers: Int) -> [StyledLine] {
        layout(document, width: width, revealedAnswers: revealedAnswers).lines
    }

    /// The lines, the line on which each self-check answer starts (so the reader
    /// can scroll to an answer as it reveals it), and the widest code line's columns.
    /// Code does not wrap: it shows from `codeOffset` columns in, and a line cut at
    /// either edge is marked there (‹ ›), so nothing is lost without a sign.
    public static func layout(_ document: MarkdownDocument, width: Int, revealedAnswers: Int, codeOffset: Int = 0)
        -> (lines: [StyledLine], answerLines: [Int], widestCode: Int)
    {
        let width = max(20, width)
        var out: [StyledLine] = []
        var answersSeen = 0
        var answerLines: [Int] = []
        var widestCode = 0

        func blank() {
            if let last = out.last, !last.isEmpty { out.append([]) }
        }
        func wrapped(_ spans: StyledLine, first: String, rest: String, prefixStyle: CellStyle = .plain) {
            let indent = DisplayWidth.of(first)
            for (index, line) in TextWrapper.wrap(spans, width: width - indent).enumerated() {
                out.append([Span(index == 0 ? first : rest, prefixStyle)] + line)
            }
        }

        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                blank()
                let style: CellStyle = level <= 2 ? .heading : .strong
                for line in TextWrapper.wrap(text, width: width) { out.append([Span(line, style)]) }
                if level <= 2 {
                    out.append([Span(String(repeating: "─", count: min(width, DisplayWidth.of(text))), .muted)])
                }
            case .paragraph(let text):
                blank()
                wrapped(inline(text), first: "", rest: "")
            case .bullets(let items):
                blank()
                for item in items {
                    let parts = MarkdownDocument.linkPieces(of: item)
                    wrapped(inline(String(parts[0])), first: "  • ", rest: "    ", prefixStyle: .accent)
                    for link in parts.dropFirst() {
                        // An address has no spaces to wrap at: it breaks at the edge instead.
                        var address = Substring(link.dropFirst().dropLast())
                        while !address.isEmpty {
                            let piece = address.prefix(max(1, width - 4))
                            address = address.dropFirst(piece.count)
                            out.append([
                                Span("    "), Span(String(piece), CellStyle(role: .muted, dim: true, underline: true)),
                            ])
                        }
                    }
                }
            case .numbered(let items):
                blank()
                let numberWidth = items.map { String($0.number).count }.max() ?? 1
                for item in items {
                    let label =
                        String(repeating: " ", count: numberWidth - String(item.number).count) + "\(item.number). "
                    wrapped(
                        inline(item.text), first: "  " + label, rest: String(repeating: " ", count: label.count + 2),
                        prefixStyle: .accent)
                }
            case .code(let lines):
                blank()
                for line in lines {
                    let expanded = line.replacingTabs(with: "    ")
                    let columns = DisplayWidth.of(expanded)
                    widestCode = max(widestCode, columns)
                    // Most lines fit, and measuring ASCII is cheap: cut only the rest.
                    if columns <= width - 2 && codeOffset == 0 {
                        out.append([Span("  "), Span(expanded, CellStyle(role: .code))])
                    } else {
                        out.append(codeLine(expanded, offset: codeOffset, width: width - 2))
                    }
                }
            case .table(let header, let rows, let rightAligned):
                blank()
                out += table(header: header, rows: rows, width: width, rightAligned: rightAligned)
            case .quote(let text):
                blank()
                var spans = inline(text)
                for index in spans.indices { spans[index].style.italic = true }
                wrapped(spans, first: "  │ ", rest: "  │ ", prefixStyle: .muted)
            case .question(let text):
                blank()
                wrapped(inline(text), first: "Q  ", rest: "   ", prefixStyle: .accent)
            case .answer(let text):
                answersSeen += 1
                answerLines.append(out.count)
                if answersSeen <= revealedAnswers {
                    var spans = inline(text)
                    for index in spans.indices where spans[index].style.role == .normal {
                        spans[index].style.role = .good
                    }
                    wrapped(spans, first: "A  ", rest: "   ", prefixStyle: CellStyle(role: .good, bold: true))
                } else {
                    out.append([Span("A  ", .muted), Span("hidden — press r to reveal", .muted)])
                }
            case .answerKey(let text):
                // Part of the answer before it: hidden with it, shown with it.
                if answersSeen <= revealedAnswers {
                    out.append([Span("   "), Span("Check: " + (AnswerKey(text)?.display ?? text), .muted)])
                }
            }
        }
        return (out, answerLines, widestCode)
    }

    /// A code line shown from `offset` columns in, in `width` columns after its
    /// two-column indent. The indent's second column carries ‹ when text is cut on
    /// the left; the last column carries › when it is cut on the right.
    static func codeLine(_ text: String, offset: Int, width: Int) -> StyledLine {
        let hidden = DisplayWidth.prefix(text, fitting: offset)
        var rest = text.dropFirst(hidden.count)
        var cutLeft = hidden.contains { !$0.isWhitespace }
        // A wide glyph straddling the left edge goes with what is hidden.
        if DisplayWidth.of(hidden) < offset, let first = rest.first {
            cutLeft = cutLeft || !first.isWhitespace
            rest = rest.dropFirst()
        }
        let remaining = String(rest)
        let cutRight = DisplayWidth.of(remaining) > width
        let shown = cutRight ? DisplayWidth.prefix(remaining, fitting: width - 1) : remaining
        var line: StyledLine = [cutLeft ? Span(" ‹", .muted) : Span("  "), Span(shown, CellStyle(role: .code))]
        if cutRight {
            line.append(Span(String(repeating: " ", count: max(0, width - 1 - DisplayWidth.of(shown)))))
            line.append(Span("›", .muted))
        }
        return line
    }

    /// `**bold**`, `*italic*` and `` `code` `` as styled spans. Each span is cut
    /// out of the text in one piece rather than built a character at a time.
    public static func inline(_ text: String) -> StyledLine {
        // ASCII text has a Character per byte (CR LF aside, neither a marker nor a
        // space), so its markers are found by byte: comparing Characters was a third
        // of laying a lesson out. Other text goes Character by Character.
        let byByte = text.utf8.withContiguousStorageIfAvailable { bytes -> StyledLine? in
            bytes.allSatisfy { $0 < 0x80 } ? inlineASCII(bytes) : nil
        }
        return (byByte ?? nil) ?? inlineByCharacter(text)
    }

    /// `inline` for text of ASCII bytes, the same spans as `inlineByCharacter`.
    static func inlineASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> StyledLine {
        let backtick = UInt8(ascii: "`")
        let star = UInt8(ascii: "*")
        var spans: StyledLine = []
        var style = CellStyle.plain
        var runStart = 0
        var index = 0
        func flush(upTo end: Int) {
            if runStart < end { spans.append(Span(String(decoding: bytes[runStart..<end], as: UTF8.self), style)) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            let following: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if byte == backtick {
                flush(upTo: index)
                style = style.role == .code ? .plain : CellStyle(role: .code)
                runStart = index + 1
            } else if style.role != .code && byte == star {
                if following == star {
                    flush(upTo: index)
                    style.bold.toggle()
                    index += 2
                    runStart = index
                    continue
                } else if style.italic || (following != nil && following != UInt8(ascii: " ")) {
                    flush(upTo: index)
                    style.italic.toggle()
                    runStart = index + 1
                }
            }
            index += 1
        }
        flush(upTo: bytes.count)
        return spans
    }

    /// `inline` for any text, Character by Character.
    static func inlineByCharacter(_ text: String) -> StyledLine {
        var spans: StyledLine = []
        var style = CellStyle.plain
        var runStart = text.startIndex
        var index = text.startIndex
        var skipNext = false
        func flush(upTo end: String.Index) {
            if runStart < end { spans.append(Span(String(text[runStart..<end]), style)) }
        }
        for character in text {
            let next = text.utf8.index(index, offsetBy: character.utf8.count)
            defer { index = next }
            if skipNext {
                // The second star of a "**".
                skipNext = false
                runStart = next
            } else if character.isSingleByte("`") {
                flush(upTo: index)
                style = style.role == .code ? .plain : CellStyle(role: .code)
                runStart = next
            } else if style.role != .code && character.isSingleByte("*") {
                let following = next < text.endIndex ? text[next] : nil
                if following?.isSingleByte("*") == true {
                    flush(upTo: index)
                    style.bold.toggle()
                    skipNext = true
                } else if style.italic || following.map({ !$0.isSingleByte(" ") }) == true {
                    flush(upTo: index)
                    style.italic.toggle()
                    runStart = next
                }
            }
        }
        flush(upTo: text.endIndex)
        return spans
    }

    /// A table with aligned columns when it fits; otherwise each row as
    /// "header: value" lines, which always fit.
    static func table(header: [String], rows: [[String]], width: Int, rightAligned: Set<Int> = []) -> [StyledLine] {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        func cell(_ row: [String], _ column: Int) -> String {
            column < row.count ? inline(row[column]).plainText : ""
        }
        let widths = (0..<columns).map { column in
            ([header] + rows).map { DisplayWidth.of(cell($0, column)) }.max() ?? 0
        }
        let total = widths.reduce(0, +) + 3 * (columns - 1) + 2
        var out: [StyledLine] = []
        if total <= width {
            func render(_ row: [String], style: CellStyle) -> StyledLine {
                var line: StyledLine = [Span("  ")]
                for column in 0..<columns {
                    if column > 0 { line.append(Span(" │ ", .muted)) }
                    let text = cell(row, column)
                    let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
                    line.append(Span(rightAligned.contains(column) ? padding + text : text + padding, style))
                }
                return line
            }
            out.append(render(header, style: .strong))
            out.append([Span("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), .muted)])
            for row in rows { out.append(render(row, style: .plain)) }
        } else {
            for row in rows {
                for column in 0..<columns {
                    let label = column < header.count ? header[column] : ""
                    let prefix = column == 0 ? "  • " : "    "
                    for (index, line) in TextWrapper.wrap("\(label): \(cell(row, column))", width: width - 4)
                        .enumerated()
                    {
                        out.append([Span(index == 0 ? prefix : "    ", .accent), Span(line)])
                    }
                }
            }
        }
        return out
    }
}
