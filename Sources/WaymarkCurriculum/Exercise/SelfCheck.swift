import Foundation

/// One self-check question of a lesson: the question, the worked answer, and the
/// key to check a typed answer against, when the author gave one.
public struct SelfCheck: Sendable, Hashable {
    public var question: String
    public var answer: String
    public var key: AnswerKey?

    public init(question: String, answer: String, key: AnswerKey?) {
        self.question = question
        self.answer = answer
        self.key = key
    }

    /// A stable id for the question, from its text: editing the lesson around it
    /// keeps the card's review history; editing the question itself starts afresh.
    public func cardID(lessonID: String) -> String {
        Self.cardID(question: question, lessonID: lessonID)
    }

    /// The card id of a question met outside a parsed self-check (the reader's
    /// answer box has the question's text from the rendered document).
    public static func cardID(question: String, lessonID: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3 }
        if question.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, nearly every question: the same words, found in its bytes. The
            // ASCII characters that are whitespace are the space and \t through \r.
            var pendingSpace = false
            var started = false
            for byte in question.utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = started
                    continue
                }
                if pendingSpace { mix(0x20) }
                pendingSpace = false
                started = true
                mix(byte)
            }
        } else {
            for byte in question.split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8 { mix(byte) }
        }
        let hex = String(hash & 0xffff_ffff, radix: 16)
        return lessonID + "#" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The self-checks of a lesson body: `Q:` / `A:` paragraphs in its
    /// "Self-check" section, each `A:` optionally followed by an `Answer:` key.
    public static func all(in body: String) -> [SelfCheck] {
        var checks: [SelfCheck] = []
        var inSection = false
        var paragraph: [Substring] = []
        func flush() {
            defer { paragraph = [] }
            guard inSection, !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: " ")
            if text.hasPrefix("Q: ") {
                checks.append(SelfCheck(question: String(text.dropFirst(3)), answer: "", key: nil))
            } else if text.hasPrefix("A: "), !checks.isEmpty, checks[checks.count - 1].answer.isEmpty {
                checks[checks.count - 1].answer = String(text.dropFirst(3))
            } else if text.hasPrefix("Answer: "), !checks.isEmpty {
                checks[checks.count - 1].key = AnswerKey(String(text.dropFirst(8)))
            }
        }
        let utf8 = body.utf8
        func text(_ range: Range<Int>) -> Substring {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return body[start..<utf8.index(start, offsetBy: range.count)]
        }
        for (range, marked) in lines(of: body) {
            // A heading's line starts with the bytes "## "; the Character test decides.
            if marked, case let line = text(range), line.hasPrefix("## ") {
                flush()
                inSection = line.dropFirst(3).trimmedOfSpaces == LintSettings.selfCheckSection
                continue
            }
            // Outside the section a line can only end a paragraph that is not kept:
            // most of a lesson is skipped without making a string of it.
            guard inSection else { continue }
            let line = text(range)
            if isBlank(line) {
                flush()
            } else {
                paragraph.append(line.drop { $0 == " " })
            }
        }
        flush()
        return checks
    }

    /// The lines of `text` as UTF-8 offsets, as splitting it at the Character "\n"
    /// gives them: every line feed ends a line except one after a carriage return,
    /// the two being one Character. `marked`: the line starts with the bytes "## ".
    /// Splitting by Character took a fifth of the time to gather a deck.
    static func lines(of text: String) -> [(range: Range<Int>, marked: Bool)] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [(range: Range<Int>, marked: Bool)] = []
            var start = 0
            func add(upTo end: Int) {
                let marked =
                    end - start >= 3 && bytes[start] == UInt8(ascii: "#") && bytes[start + 1] == UInt8(ascii: "#")
                    && bytes[start + 2] == UInt8(ascii: " ")
                lines.append((start..<end, marked))
            }
            for index in bytes.indices
            where bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) {
                add(upTo: index)
                start = index + 1
            }
            add(upTo: bytes.count)
            return lines
        } ?? []
    }

    /// Whether `line` is empty once the characters `trimmingCharacters(in: .whitespaces)`
    /// removes are gone (tab and the Unicode space separators), without bridging
    /// each line to Foundation.
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0.isHorizontalSpace }
    }
}
