import Foundation

/// Checks a lesson body (used by `waymark validate`). Two kinds of problem:
/// errors, which break how the reader shows the lesson (an unclosed code block, a
/// question without its answer), and warnings, the course's own house rules from
/// `lint:` in curriculum.yaml (length, self-check count, code width, sections),
/// each with the actual figure and placed where the author has to look.
struct LessonLint {
    /// `<https://…>` alone on a line, as further-reading entries give their source.
    static func isLinkLine(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("<http") && trimmed.hasSuffix(">") && !trimmed.contains(" ")
    }

    let file: String
    let body: String
    let firstLine: Int
    let settings: LintSettings

    init(file: String, body: String, firstLine: Int, settings: LintSettings = .house) {
        self.file = file
        self.body = body
        self.firstLine = firstLine
        self.settings = settings
    }

    /// A `## ` heading and the line it stands on.
    private struct Heading {
        var title: String
        var line: Int
    }

    var problems: [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ message: String, line: Int, column: Int = 1, severity: Diagnostic.Severity = .error) {
            problems.append(Diagnostic(file: file, line: line, column: column, message: message, severity: severity))
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var headings: [Heading] = []
        var openFence: Int?
        var inSelfCheck = false
        var questions = 0
        var unanswered: Int?
        var words = 0
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            if line.hasPrefix("```") {
                openFence = openFence == nil ? number : nil
                continue
            }
            if openFence != nil {
                if let limit = settings.codeWidth, DisplayWidth.of(String(line)) > limit {
                    report(
                        "code line is \(DisplayWidth.of(String(line))) columns wide; this course allows \(limit) "
                            + "(lint: code-width); break the line or shorten it",
                        line: number, column: Self.column(past: limit, in: line), severity: .warning)
                }
                words += Self.wordCount(line)
                continue
            }
            if line.hasPrefix("## ") {
                if let question = unanswered {
                    report(Self.unansweredMessage, line: question)
                    unanswered = nil
                }
                let heading = Heading(title: String(line.dropFirst(3)).trimmed, line: number)
                headings.append(heading)
                inSelfCheck = heading.title == LintSettings.selfCheckSection
            } else if line.hasPrefix("# ") {
                report("use '## ' headings; the lesson title comes from the front matter", line: number)
            }
            // The byte check first: Foundation's substring search is slow, and almost no line has a '<'.
            if line.utf8.contains(UInt8(ascii: "<")),
                let tag = ["<div", "<p>", "<br", "<img"].first(where: { line.contains($0) }),
                let range = line.range(of: tag)
            {
                report(
                    "HTML does not render in the terminal reader; write it as Markdown",
                    line: number, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
            if let tab = line.firstIndex(of: "\t") {
                report(
                    "tab character; use spaces", line: number, column: line.distance(from: line.startIndex, to: tab) + 1
                )
            }
            if inSelfCheck {
                if line.hasPrefix("Q: ") {
                    if let question = unanswered { report(Self.unansweredMessage, line: question) }
                    questions += 1
                    unanswered = number
                } else if line.hasPrefix("A: ") {
                    if unanswered == nil {
                        report("an 'A: ' answer with no 'Q: ' question before it; add the question", line: number)
                    }
                    unanswered = nil
                }
            }
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
        if let question = unanswered { report(Self.unansweredMessage, line: question) }
        if let fence = openFence {
            report("this code block is never closed; end it with a line of ```", line: fence)
        }
        let lastLine = firstLine + (lines.lastIndex { !$0.trimmed.isEmpty } ?? 0)
        let missingSelfCheck = checkSections(headings, lastLine: lastLine, report: report)
        if let minimum = settings.selfChecks, minimum > 0, !missingSelfCheck {
            if let section = headings.last(where: { $0.title == LintSettings.selfCheckSection }) {
                if questions < minimum {
                    report(
                        "the self-check asks \(questions) question\(questions == 1 ? "" : "s"); this course asks for "
                            + "at least \(minimum) (lint: self-checks); add 'Q: ' lines, each followed by an 'A: ' line",
                        line: section.line, severity: .warning)
                }
            } else {
                report(
                    "the lesson has no '## \(LintSettings.selfCheckSection)' section; this course asks for at least "
                        + "\(minimum) questions (lint: self-checks)",
                    line: firstLine, severity: .warning)
            }
        }
        if let range = settings.lessonWords, !range.contains(words) {
            report(
                "the body has \(words) words; this course asks for \(range.lowerBound)-\(range.upperBound) "
                    + "(lint: lesson-words)",
                line: firstLine, severity: .warning)
        }
        return problems
    }

    private static let unansweredMessage =
        "this question has no answer; add a line starting 'A: ' after it, before the next 'Q: ' or heading"

    /// Reports the sections the course asks for that the body lacks, where they
    /// belong: before the next asked-for section that is there, or at the end;
    /// sections missing from one place in one line. True when the self-check is
    /// among them.
    private func checkSections(
        _ headings: [Heading], lastLine: Int,
        report: (String, Int, Int, Diagnostic.Severity) -> Void
    ) -> Bool {
        guard let sections = settings.lessonSections else { return false }
        func present(_ section: String) -> Heading? {
            headings.first { $0.title == section || $0.title.hasPrefix(section) }
        }
        var missingSelfCheck = false
        var pending: [String] = []
        for (index, section) in sections.enumerated() {
            guard present(section) == nil else { continue }
            if section == LintSettings.selfCheckSection { missingSelfCheck = true }
            pending.append("'## \(section)'")
            let next = sections[(index + 1)...].lazy.compactMap(present).first
            // The next section is missing too: it joins this group.
            if index + 1 < sections.count, present(sections[index + 1]) == nil { continue }
            let names =
                pending.count == 1 ? pending[0] : pending.dropLast().joined(separator: ", ") + " and " + pending.last!
            let place =
                next.map { "add \(pending.count == 1 ? "it" : "them") before '## \($0.title)'" }
                ?? "add \(pending.count == 1 ? "it" : "them") at the end"
            report(
                "missing section\(pending.count == 1 ? "" : "s") \(names) (lint: lesson-sections); \(place)",
                next?.line ?? lastLine, 1, .warning)
            pending = []
        }
        return missingSelfCheck
    }

    /// The column where `line` first goes past `limit` display columns.
    static func column(past limit: Int, in line: Substring) -> Int {
        var width = 0
        var column = 1
        for character in line {
            width += DisplayWidth.of(character)
            if width > limit { return column }
            column += 1
        }
        return column
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
