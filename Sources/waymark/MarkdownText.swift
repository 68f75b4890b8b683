import Foundation
import WaymarkCore
import WaymarkTUI

/// A card's Markdown as plain terminal text: the lesson reader's own parser and
/// layout (headings underlined, bullets, numbered steps, tables, quotes), with its
/// styles mapped to the command line's bold and dim. Console sanitises the result
/// like any other output.
enum MarkdownText {
    /// The widest a card is laid out, however wide the terminal: the width the
    /// cheat sheets are written for, beyond which lines get hard to read.
    static let readableWidth = 120

    static func render(
        _ markdown: String, style: TextStyle, width: Int = MarkdownText.width, hidingAnswers: Bool = false
    ) -> String {
        // Every self-check answer shown unless asked not to: there is no key to reveal one on a printout.
        let layout = MarkdownLayout.layout(
            MarkdownDocument(markdown: markdown), width: width, revealedAnswers: hidingAnswers ? 0 : .max)
        var lines = layout.lines
        // A hidden answer is one line, and the reader's "press r" means nothing on paper.
        for line in layout.answerLines where hidingAnswers && lines.indices.contains(line) {
            lines[line] = [Span("A  ", .muted), Span("(answer hidden)", .muted)]
        }
        return lines.map { line in
            trimmingTrailingSpaces(line.map { span in text(span, style: style) }.joined())
        }.joined(separator: "\n")
    }

    private static func text(_ span: Span, style: TextStyle) -> String {
        switch span.style.role {
        case .heading, .accent: return style.strong(span.text)
        case .muted: return style.dim(span.text)
        case .good: return style.good(span.text)
        case .warning: return style.warning(span.text)
        case .normal, .code: return span.style.bold ? style.strong(span.text) : span.text
        }
    }

    /// Without the blanks a table pads its last column with.
    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var text = Substring(line)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// The terminal's width when printing to one, else $COLUMNS, else 80; never
    /// wider than `readableWidth`.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), readableWidth)
        }
        if let columns = Environment.value("COLUMNS").flatMap(Int.init), columns > 0 {
            return min(columns, readableWidth)
        }
        return 80
    }
}
