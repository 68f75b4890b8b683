import WaymarkCore
import WaymarkCurriculum

/// Word wrapping by display width, keeping each span's style.
public enum TextWrapper {
    /// Wraps plain text to `width` columns; words longer than a line are split.
    /// Returns at most the first `limit` lines, which is all a view shows of a
    /// long description; when text is left over, the last line ends in "…" so the
    /// cut shows. The styled wrap below does the same; this one builds the lines as
    /// strings directly, since views wrap several texts on every key.
    public static func wrap(_ text: String, width: Int, limit: Int = .max) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lineIsEmpty = true
        var cut = false
        for word in pieces(of: text) where !word.isEmpty {
            if lines.count >= limit {
                cut = true
                break
            }
            var text = String(word)
            var textWidth = DisplayWidth.of(text)
            if lineWidth + (lineIsEmpty ? 0 : 1) + textWidth > width && !lineIsEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
                lineIsEmpty = true
            } else if !lineIsEmpty {
                line += " "
                lineWidth += 1
            }
            while textWidth > width - lineWidth {
                let head = DisplayWidth.prefix(text, fitting: width - lineWidth)
                if head.isEmpty { break }
                lines.append(line + head)
                line = ""
                lineWidth = 0
                lineIsEmpty = true
                text = String(text.dropFirst(head.count))
                textWidth = DisplayWidth.of(text)
            }
            if !text.isEmpty {
                line += text
                lineWidth += textWidth
                lineIsEmpty = false
            }
        }
        if !lineIsEmpty || lines.isEmpty { lines.append(line) }
        guard cut || lines.count > limit else { return lines }
        var shown = Array(lines.prefix(limit))
        shown[shown.count - 1] = DisplayWidth.prefix(shown[shown.count - 1], fitting: width - 1) + "…"
        return shown
    }

    /// Wraps styled spans to `width` columns. Breaks at spaces; a word wider than
    /// the line is cut. Never returns an empty array.
    public static func wrap(_ spans: StyledLine, width: Int) -> [StyledLine] {
        let width = max(1, width)
        var lines: [StyledLine] = []
        var line: StyledLine = []
        var lineWidth = 0

        // Words carry their style; spaces between words are re-created on output.
        func place(_ word: Substring, _ style: CellStyle, spaceBefore: Bool) {
            var text = String(word)
            var textWidth = DisplayWidth.of(text)
            let needsSpace = spaceBefore && !line.isEmpty
            if lineWidth + (needsSpace ? 1 : 0) + textWidth > width && !line.isEmpty {
                lines.append(line)
                line = []
                lineWidth = 0
            } else if needsSpace {
                append(" ", style, to: &line)
                lineWidth += 1
            }
            while textWidth > width - lineWidth {
                let head = DisplayWidth.prefix(text, fitting: width - lineWidth)
                if head.isEmpty { break }
                append(head, style, to: &line)
                lines.append(line)
                line = []
                lineWidth = 0
                text = String(text.dropFirst(head.count))
                textWidth = DisplayWidth.of(text)
            }
            if !text.isEmpty {
                append(text, style, to: &line)
                lineWidth += textWidth
            }
        }

        // A word has a space before it when a space or newline came between it
        // and the word before, in its own span or at the end of an earlier one.
        var pendingSpace = false
        for span in spans {
            let pieces = pieces(of: span.text)
            for (index, piece) in pieces.enumerated() where !piece.isEmpty {
                place(piece, span.style, spaceBefore: index > 0 || pendingSpace)
            }
            if let last = pieces.last, pieces.count > 1 || !last.isEmpty { pendingSpace = last.isEmpty }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The text between spaces and newlines, character by character, empty
    /// pieces included: one more piece than there are separators. Text of
    /// printable ASCII and newlines has one character per byte, so splitting its
    /// bytes gives the same pieces without breaking it into characters. Other text
    /// is split by scalar when every space and newline in it stands as a Character
    /// of its own, which its neighbours decide; grapheme breaking was most of
    /// wrapping a lesson.
    static func pieces(of text: String) -> [Substring] {
        if text.utf8.allSatisfy({ $0 == 0x0A || (0x20..<0x7F).contains($0) }) {
            return text.utf8.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x20 || $0 == 0x0A })
                .map(Substring.init)
        }
        let scalars = text.unicodeScalars
        var pieces: [Substring] = []
        var start = scalars.startIndex
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " " || scalar == "\n" {
                let following = next < scalars.endIndex ? scalars[next] : nil
                guard standsAlone(scalar, after: previous, before: following) else {
                    return text.split(
                        omittingEmptySubsequences: false,
                        whereSeparator: { $0.isSingleByte(" ") || $0.isSingleByte("\n") })
                }
                pieces.append(text[start..<index])
                start = next
            }
            previous = scalar
            index = next
        }
        pieces.append(text[start...])
        return pieces
    }

    /// A space or newline is a Character of its own unless what is next to it joins
    /// it into a cluster: a combining mark, joiner or modifier after it, a prepended
    /// mark before it (Arabic and some Brahmic signs: a range, to be safe), or a CR
    /// before a newline. Returning false only costs the slower split.
    static func standsAlone(_ separator: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?)
        -> Bool
    {
        if let previous, previous.value >= 0x80 {
            let value = previous.value
            if (0x0600...0x08FF).contains(value) || value == 0x0D4E || (0x11000...0x11FFF).contains(value) {
                return false
            }
        }
        if separator == "\n", previous == "\r" { return false }
        guard let next, next.value >= 0x80 else { return true }
        let properties = next.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: break
        }
        return !properties.isGraphemeExtend && !properties.isEmojiModifier && next.value != 0x200D
            && next.value != 0x0E33 && next.value != 0x0EB3
    }

    /// Adds text to a line, extending its last span when the style is the same:
    /// a line of plain words is one span rather than one per word and space,
    /// which the reader draws on every key.
    private static func append(_ text: String, _ style: CellStyle, to line: inout StyledLine) {
        if let last = line.indices.last, line[last].style == style {
            line[last].text += text
        } else {
            line.append(Span(text, style))
        }
    }
}
