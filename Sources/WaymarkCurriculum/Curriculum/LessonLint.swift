import Foundation

/// Checks a lesson body against the house format (used by `waymark validate`):
/// the required sections, a self-check with answers, and code blocks that fit an
/// 80-column terminal.
struct LessonLint {
    static let requiredSections = [
        "Why it matters", "The core idea", "A worked example", "Common mistakes", "Self-check", "Further reading",
    ]
    static let wordRange = 400...1200
    static let maxFencedWidth = 76
    static let minimumQuestions = 3

    /// `<https://…>` alone on a line, as further-reading entries give their source.
    static func isLinkLine(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("<http") && trimmed.hasSuffix(">") && !trimmed.contains(" ")
    }

    let file: String
    let body: String
    let firstLine: Int

    var problems: [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ message: String, line: Int) {
            problems.append(Diagnostic(file: file, line: line, column: 1, message: message))
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var headings: [String] = []
        var inFence = false
        var questions = 0
        var answers = 0
        var inSelfCheck = false
        var words = 0
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            if line.hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if inFence {
                if DisplayWidth.of(String(line)) > Self.maxFencedWidth {
                    report("code block line is wider than \(Self.maxFencedWidth) columns", line: number)
                }
                words += Self.wordCount(line)
                continue
            }
            if line.hasPrefix("## ") {
                let title = String(line.dropFirst(3)).trimmed
                headings.append(title)
                inSelfCheck = title == "Self-check"
            } else if line.hasPrefix("# ") {
                report("use '## ' headings; the lesson title comes from the front matter", line: number)
            }
            // The byte check first: Foundation's substring search is slow, and almost no line has a '<'.
            if line.utf8.contains(UInt8(ascii: "<")),
                line.contains("<div") || line.contains("<p>") || line.contains("<br") || line.contains("<img")
            {
                report("HTML does not render in the terminal reader", line: number)
            }
            if line.utf8.contains(UInt8(ascii: "\t")) { report("tab character; use spaces", line: number) }
            if inSelfCheck && line.hasPrefix("Q: ") { questions += 1 }
            if inSelfCheck && line.hasPrefix("A: ") { answers += 1 }
            if line.hasPrefix("Answer: ") {
                if !inSelfCheck {
                    report("an 'Answer: ' key belongs in the Self-check section, under its 'A: '", line: number)
                } else if AnswerKey(String(line.dropFirst(8))) == nil {
                    report(
                        "'\(line.dropFirst(8))' is not an answer the reader can check; write a number such as "
                            + "'Answer: 40 ± 1 jobs' (or '± 5%'), or a choice such as 'Answer: b (of a, b, c)'",
                        line: number)
                }
                continue
            }
            // A line that is only a link (`<https://…>` under a citation) is not prose.
            if !Self.isLinkLine(line) { words += Self.wordCount(line) }
        }
        if inFence { report("code block is not closed with ```", line: firstLine + lines.count - 1) }
        for section in Self.requiredSections
        where !headings.contains(where: { $0 == section || $0.hasPrefix(section) }) {
            report("missing section '## \(section)'", line: firstLine)
        }
        if questions < Self.minimumQuestions || answers < questions {
            report(
                "the self-check needs at least \(Self.minimumQuestions) 'Q: ' questions, each with an 'A: ' answer (found \(questions) and \(answers))",
                line: firstLine)
        }
        if !Self.wordRange.contains(words) {
            report(
                "the body has \(words) words; lessons run \(Self.wordRange.lowerBound)-\(Self.wordRange.upperBound)",
                line: firstLine)
        }
        return problems
    }

    /// Runs of non-space bytes: what `split(separator: " ").count` counts, without
    /// building the pieces.
    static func wordCount(_ line: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for byte in line.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
