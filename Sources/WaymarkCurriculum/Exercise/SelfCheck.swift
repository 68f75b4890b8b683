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
        for byte in question.split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
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
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                flush()
                inSection = line.dropFirst(3).trimmingCharacters(in: .whitespaces) == "Self-check"
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
            } else {
                paragraph.append(line.drop { $0 == " " })
            }
        }
        flush()
        return checks
    }
}
