import PropertyBased
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// Every bundled lesson, opened in the reader at 80x24, renders with nothing
/// broken: no line past the edge, no Markdown syntax left raw, every answer
/// hidden until revealed.
@Suite("Bundled lessons in the reader")
struct LessonRenderingTests {
    @Test("every lesson renders cleanly at 80 columns", arguments: bundled.lessons.keys.sorted())
    func renders(_ id: String) throws {
        let document = MarkdownDocument(markdown: try bundled.lessonBody(id: id))
        let state = makeState(width: 80, height: 24)
        let hidden = MarkdownLayout.lines(for: document, width: state.app.readingWidth, revealedAnswers: 0)
        let shown = MarkdownLayout.lines(for: document, width: state.app.readingWidth, revealedAnswers: .max)
        #expect(document.answerCount >= 3)
        for line in hidden + shown {
            #expect(line.width <= state.app.readingWidth, "\(id): too wide: \(line.plainText)")
            let text = line.plainText
            let isCodeBlock = line.count == 2 && line[1].style.role == .code  // diagrams may use | and -
            #expect(
                isCodeBlock
                    || !text.contains("**") && !text.contains("|---") && !text.contains("```") && !text.hasPrefix("#"),
                "\(id): raw Markdown: \(text)")
        }
        #expect(hidden.filter { $0.plainText.contains("hidden — press r to reveal") }.count == document.answerCount)
        #expect(!shown.contains { $0.plainText.contains("hidden — press r to reveal") })
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(2, let text) = block { return text }
            return nil
        }
        #expect(headings.first == "Why it matters")
        #expect(headings.last == "Further reading")
    }
}

@Suite("Markdown in the terminal")
struct MarkdownTests {
    @Test("blocks parse: headings, paragraphs, lists, code, tables, quotes, self-check")
    func parse() {
        let document = MarkdownDocument(
            markdown: """
                ## Title
                A *very* **bold**
                paragraph with `code`.

                - one
                - two
                  continued

                1. first
                2. second

                ```
                x = 1
                ```

                | a | b |
                |---|---|
                | 1 | 2 |

                > quoted

                Q: Why?

                A: Because.
                """)
        #expect(
            document.blocks == [
                .heading(level: 2, text: "Title"),
                .paragraph("A *very* **bold** paragraph with `code`."),
                .bullets(["one", "two continued"]),
                .numbered([.init(number: 1, text: "first"), .init(number: 2, text: "second")]),
                .code(["x = 1"]),
                .table(header: ["a", "b"], rows: [["1", "2"]]),
                .quote("quoted"),
                .question("Why?"),
                .answer("Because."),
            ])
    }

    @Test("a further-reading source's link gets a dim line of its own, broken at the edge")
    func sourceLinks() {
        let document = MarkdownDocument(
            markdown: """
                - Leslie Lamport, "Time, Clocks", CACM, 1978.
                  <https://doi.org/10.1145/359545.359563>
                """)
        let lines = MarkdownLayout.lines(for: document, width: 30, revealedAnswers: 0)
        let texts = lines.map(\.plainText)
        #expect(texts.first?.hasPrefix("  • Leslie Lamport") == true)
        #expect(!texts.contains { $0.contains("<") })
        #expect(
            texts.joined().replacingOccurrences(of: " ", with: "").contains("https://doi.org/10.1145/359545.359563"))
        #expect(lines.allSatisfy { $0.width <= 30 })
        let link = lines.last { $0.plainText.contains("3595") }
        #expect(link?.contains { $0.style.dim && $0.style.underline } == true)
    }

    @Test("inline emphasis becomes styles, not asterisks")
    func inline() {
        let spans = MarkdownLayout.inline("a **b** *c* `d*e`")
        #expect(spans.plainText == "a b c d*e")
        #expect(spans.first { $0.text == "b" }?.style.bold == true)
        #expect(spans.first { $0.text == "c" }?.style.italic == true)
        #expect(spans.first { $0.text == "d*e" }?.style.role == .code)
    }

    @Test("a column marked ---: is aligned right")
    func rightAligned() {
        let document = MarkdownDocument(markdown: "| name | count |\n|---|---:|\n| a | 5 |\n| bb | 120 |\n")
        guard case .table(_, _, let right) = document.blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(right == [1])
        let lines = MarkdownLayout.lines(for: document, width: 40, revealedAnswers: 0).map(\.plainText)
        #expect(lines.contains("  a    │     5"))
        #expect(lines.contains("  bb   │   120"))
    }

    @Test("a table too wide for the screen becomes labelled rows")
    func wideTable() {
        let lines = MarkdownLayout.table(
            header: ["name", "detail"], rows: [["x", String(repeating: "word ", count: 30)]], width: 40)
        #expect(lines.allSatisfy { $0.width <= 40 })
        #expect(lines[0].plainText.hasPrefix("  • name: x"))
    }

    @Test("wrapping respects display width and keeps every word")
    func wrap() {
        let lines = TextWrapper.wrap("法律 are the laws of 分布式 systems", width: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined(separator: " ") == "法律 are the laws of 分布式 systems")
    }

    @Test("a wrapped line keeps each word's style and is one span per change of style")
    func wrapMergesSpans() {
        let spans = MarkdownLayout.inline("plain words then **bold words here** and `code` to end")
        let lines = TextWrapper.wrap(spans, width: 20)
        #expect(lines.map(\.plainText) == ["plain words then", "bold words here and", "code to end"])
        #expect(lines.allSatisfy { line in zip(line, line.dropFirst()).allSatisfy { $0.style != $1.style } })
        #expect(lines[1].map(\.text) == ["bold words here", " and"])
        #expect(lines[1][0].style.bold && !lines[1][1].style.bold)
        #expect(lines[2].map(\.style.role) == [.code, .normal])
    }

    @Test("plain text wraps exactly as the same text in one styled span")
    func plainWrapMatchesStyled() async {
        let pieces = ["a", "word", "  ", " ", "\n", "\r\n", "法律", "e\u{301}", " \u{301}", "🚀", "\u{1B}", "longerword"]
        let input = Gen.int(in: 0...Int.max).array(of: 0...24)
        await propertyCheck(count: 400, input: input, Gen.int(in: 1...12)) { numbers, width in
            let text = numbers.map { pieces[$0 % pieces.count] }.joined()
            let styled = TextWrapper.wrap([Span(text)], width: width).map(\.plainText)
            #expect(TextWrapper.wrap(text, width: width) == styled, "\(text.debugDescription) at \(width)")
            // A limit that cuts marks the cut: the last line shown ends in "…".
            let limited = TextWrapper.wrap(text, width: width, limit: 2)
            if styled.count <= 2 {
                #expect(limited == styled)
            } else {
                #expect(limited.first == styled.first && limited.last?.hasSuffix("…") == true)
                #expect(DisplayWidth.of(limited[1]) <= max(width, DisplayWidth.of(styled[1])))
            }
        }
    }
}
