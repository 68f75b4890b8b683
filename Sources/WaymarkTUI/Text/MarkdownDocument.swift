import Foundation

/// A lesson body parsed into blocks: the subset of Markdown the lessons use,
/// plus the self-check's `Q:` / `A:` paragraphs whose answers stay hidden.
public struct MarkdownDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case bullets([String])
        case numbered([NumberedItem])
        case code([String])
        /// `rightAligned`: the columns whose separator cell is `---:` (numbers, mostly).
        case table(header: [String], rows: [[String]], rightAligned: Set<Int> = [])
        case quote(String)
        case question(String)
        case answer(String)
        /// The key a typed answer is checked against (`Answer: 40 ± 1 jobs`); shown
        /// with its answer once revealed.
        case answerKey(String)
    }

    /// One item of a numbered list, keeping the author's number.
    public struct NumberedItem: Sendable, Equatable {
        public var number: Int
        public var text: String
    }

    public var blocks: [Block]

    /// Marks where a list item's source link starts: the layout puts the link on a
    /// line of its own, dimmed, out of the way of the text.
    static let linkBreak = "\u{2028}"

    /// A list item's text and then its links, split at each `linkBreak` by its
    /// bytes (Foundation's `components(separatedBy:)` took a quarter of opening a
    /// lesson, splitting by Character most of the rest). The break is a control for
    /// grapheme breaking, so it is always a Character of its own: the pieces are the same.
    static func linkPieces(of item: String) -> [Substring] {
        let mark = Array(linkBreak.utf8)
        let bytes = item.utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == mark[0], bytes[index...].starts(with: mark) {
                pieces.append(item[start..<index])
                index = bytes.index(index, offsetBy: mark.count)
                start = index
            } else {
                index = bytes.index(after: index)
            }
        }
        pieces.append(item[start...])
        return pieces
    }

    /// `<https://…>`: a further-reading source's address.
    static func isLink(_ text: String) -> Bool {
        text.hasPrefix("<http") && text.hasSuffix(">") && !text.contains(" ")
    }

    /// How many answers the self-check has, so the reader can say "2 of 4 shown".
    public var answerCount: Int {
        blocks.reduce(0) { count, block in
            if case .answer = block { return count + 1 }
            return count
        }
    }

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    public init(markdown: String) {
        var blocks: [Block] = []
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        var paragraph: [String] = []

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: " ")
            paragraph = []
            if text.hasPrefix("Q: ") {
                blocks.append(.question(String(text.dropFirst(3))))
            } else if text.hasPrefix("A: ") {
                blocks.append(.answer(String(text.dropFirst(3))))
            } else if text.hasPrefix("Answer: ") {
                blocks.append(.answerKey(String(text.dropFirst(8))))
            } else {
                blocks.append(.paragraph(text))
            }
        }

        while let line = lines.popFirst() {
            let trimmed = line.trimmed
            if trimmed.hasPrefix("```") {
                flushParagraph()
                var code: [String] = []
                while let next = lines.popFirst(), !next.trimmed.hasPrefix("```") {
                    code.append(next)
                }
                blocks.append(.code(code))
            } else if trimmed.isEmpty {
                flushParagraph()
            } else if let level = Self.headingLevel(trimmed) {
                flushParagraph()
                blocks.append(.heading(level: level, text: String(trimmed.dropFirst(level + 1))))
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                flushParagraph()
                var items = [String(trimmed.dropFirst(2))]
                while let next = lines.first {
                    let nextTrimmed = next.trimmed
                    if nextTrimmed.hasPrefix("- ") || nextTrimmed.hasPrefix("* ") {
                        items.append(String(nextTrimmed.dropFirst(2)))
                    } else if !nextTrimmed.isEmpty && next.hasPrefix(" ") {
                        // A continuation line; a link on its own line stays on its own line.
                        let separator = Self.isLink(nextTrimmed) ? Self.linkBreak : " "
                        items[items.count - 1] += separator + nextTrimmed
                    } else {
                        break
                    }
                    lines.removeFirst()
                }
                blocks.append(.bullets(items))
            } else if let first = Self.numberedItem(trimmed) {
                flushParagraph()
                var items = [first]
                while let next = lines.first {
                    let nextTrimmed = next.trimmed
                    if let item = Self.numberedItem(nextTrimmed) {
                        items.append(item)
                    } else if !nextTrimmed.isEmpty && next.hasPrefix(" ") {
                        items[items.count - 1].text += " " + nextTrimmed
                    } else {
                        break
                    }
                    lines.removeFirst()
                }
                blocks.append(.numbered(items))
            } else if trimmed.hasPrefix("|") {
                flushParagraph()
                var rows = [Self.cells(trimmed)]
                while let next = lines.first, next.trimmed.hasPrefix("|") {
                    rows.append(Self.cells(next.trimmed))
                    lines.removeFirst()
                }
                // Drop the |---| separator row, keeping which columns it aligns right.
                let isSeparator = { (row: [String]) in
                    row.allSatisfy { $0.allSatisfy { "-:| ".contains($0) } && !$0.isEmpty }
                }
                let right =
                    rows.first(where: isSeparator).map { separator in
                        Set(separator.indices.filter { separator[$0].hasSuffix(":") && !separator[$0].hasPrefix(":") })
                    } ?? []
                rows.removeAll(where: isSeparator)
                blocks.append(.table(header: rows.first ?? [], rows: Array(rows.dropFirst()), rightAligned: right))
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                var quote = [trimmed.dropFirst().trimmed]
                while let next = lines.first, next.trimmed.hasPrefix(">") {
                    quote.append(
                        next.trimmed.dropFirst().trimmed)
                    lines.removeFirst()
                }
                blocks.append(.quote(quote.joined(separator: " ")))
            } else {
                paragraph.append(trimmed)
            }
        }
        flushParagraph()
        self.blocks = blocks
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func numberedItem(_ line: String) -> NumberedItem? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, line.dropFirst(digits.count).hasPrefix(". "),
            let number = Int(digits)
        else { return nil }
        return NumberedItem(number: number, text: String(line.dropFirst(digits.count + 2)))
    }

    private static func cells(_ row: String) -> [String] {
        var parts = row.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmed
        }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}
