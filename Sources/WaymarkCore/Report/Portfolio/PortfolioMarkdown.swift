import WaymarkCurriculum

/// Learner and curriculum text made safe to place in a portfolio page. A note is
/// the learner's own words, not Markdown: a line starting `# ` must not become a
/// heading, a `](` must not become a link, and no control character may reach a
/// page that someone will open in a terminal or a browser.
public enum PortfolioMarkdown {
    /// One line of text: newlines and tabs become spaces, controls a visible marker,
    /// and every character Markdown could read as syntax is escaped.
    public static func inline(_ text: String) -> String {
        escapeLine(text.sanitizedLine.trimmed)
    }

    /// Text of several lines as Markdown paragraphs, one per non-blank line (a note
    /// typed with Alt-Enter keeps its lines), each indented by `indent`.
    public static func paragraphs(_ text: String, indent: String = "") -> [String] {
        let lines = text.sanitizedForDisplay.replacingTabs(with: " ")
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { escapeLine(String($0).trimmed) }
            .filter { !$0.isEmpty }
        var out: [String] = []
        for line in lines {
            if !out.isEmpty { out.append("") }
            out.append(indent + line)
        }
        return out
    }

    /// Characters that are syntax anywhere in a line: emphasis, code, links and
    /// images, raw HTML and entities, tables, strikethrough, and the escape itself.
    private static let anywhere: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]

    /// Characters that are syntax only at the start of a line: headings, list
    /// bullets, setext underlines, thematic breaks.
    private static let atStart: Set<Character> = ["#", "-", "+", "="]

    static func escapeLine(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var leadingDigits = true
        for (offset, character) in line.enumerated() {
            if anywhere.contains(character) || (offset == 0 && atStart.contains(character)) {
                out.append("\\")
            } else if leadingDigits, offset > 0, character == "." || character == ")" {
                // "1. " or "1) " at the start would begin an ordered list.
                out.append("\\")
            }
            if !character.isASCII || !character.isNumber { leadingDigits = false }
            out.append(character)
        }
        return out
    }
}
