import WaymarkCore

/// Word wrapping by display width, keeping each span's style.
public enum TextWrapper {
    /// Wraps plain text to `width` columns; words longer than a line are split.
    /// Returns at most the first `limit` lines, which is all a view shows of a
    /// long description. The styled wrap below does the same; this one builds the
    /// lines as strings directly, since views wrap several texts on every key.
    public static func wrap(_ text: String, width: Int, limit: Int = .max) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lineIsEmpty = true
        for word in words(of: text) {
            if lines.count >= limit { break }
            var text = String(word)
            var textWidth = ColumnWidth.width(of: text)
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
                textWidth = ColumnWidth.width(of: text)
            }
            if !text.isEmpty {
                line += text
                lineWidth += textWidth
                lineIsEmpty = false
            }
        }
        if !lineIsEmpty || lines.isEmpty { lines.append(line) }
        return Array(lines.prefix(limit))
    }

    /// What lies between spaces and newlines, character by character. Text of
    /// printable ASCII and newlines has one character per byte, so splitting its
    /// bytes gives the same words without breaking it into characters.
    private static func words(of text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 == 0x0A || (0x20..<0x7F).contains($0) }) else {
            return text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map(Substring.init)
    }

    /// Wraps styled spans to `width` columns. Breaks at spaces; a word wider than
    /// the line is cut. Never returns an empty array.
    public static func wrap(_ spans: StyledLine, width: Int) -> [StyledLine] {
        let width = max(1, width)
        var lines: [StyledLine] = []
        var line: StyledLine = []
        var lineWidth = 0

        // Words carry their style; spaces between words are re-created on output.
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
            var textWidth = ColumnWidth.width(of: text)
            let needsSpace = word.spaceBefore && !line.isEmpty
            if lineWidth + (needsSpace ? 1 : 0) + textWidth > width && !line.isEmpty {
                lines.append(line)
                line = []
                lineWidth = 0
            } else if needsSpace {
                append(" ", word.style, to: &line)
                lineWidth += 1
            }
            while textWidth > width - lineWidth {
                let head = DisplayWidth.prefix(text, fitting: width - lineWidth)
                if head.isEmpty { break }
                append(head, word.style, to: &line)
                lines.append(line)
                line = []
                lineWidth = 0
                text = String(text.dropFirst(head.count))
                textWidth = ColumnWidth.width(of: text)
            }
            if !text.isEmpty {
                append(text, word.style, to: &line)
                lineWidth += textWidth
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
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
