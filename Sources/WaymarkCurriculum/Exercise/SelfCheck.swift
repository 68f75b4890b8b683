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
        for line in lines(of: body) {
            if line.hasPrefix("## ") {
                flush()
                inSection = line.dropFirst(3).trimmingCharacters(in: .whitespaces) == "Self-check"
            } else if !inSection {
                // Outside the section a line can only end a paragraph that is not
                // kept: only headings matter there, and most of a lesson is skipped.
                continue
            } else if isBlank(line) {
                flush()
            } else {
                paragraph.append(line.drop { $0 == " " })
            }
        }
        flush()
        return checks
    }

    /// The lines of `text`, as splitting it at the Character "\n" gives them, found
    /// in its UTF-8: every line feed ends a line except one after a carriage return,
    /// the two being one Character. Splitting by Character took a fifth of the time
    /// to gather a deck.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                start = next
            }
            previous = byte
            index = next
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// Whether `line` is empty once the characters `trimmingCharacters(in: .whitespaces)`
    /// removes are gone (tab and the Unicode space separators), without bridging
    /// each line to Foundation.
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || CharacterSet.whitespaces.contains($0) }
    }
}
