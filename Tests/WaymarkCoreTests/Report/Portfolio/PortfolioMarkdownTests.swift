import Testing
import WaymarkCore

@Suite("Portfolio: learner text made safe for Markdown")
struct PortfolioMarkdownTests {
    @Test("a line that starts like a heading, a list or a quote stays text")
    func lineStarts() {
        #expect(PortfolioMarkdown.inline("# Not a heading") == "\\# Not a heading")
        #expect(PortfolioMarkdown.inline("- not a bullet") == "\\- not a bullet")
        #expect(PortfolioMarkdown.inline("+ nor this") == "\\+ nor this")
        #expect(PortfolioMarkdown.inline("> not a quote") == "\\> not a quote")
        #expect(PortfolioMarkdown.inline("12. not a list") == "12\\. not a list")
        #expect(PortfolioMarkdown.inline("3) nor this") == "3\\) nor this")
        #expect(PortfolioMarkdown.inline("===") == "\\===")
        #expect(PortfolioMarkdown.inline("version 1.2 is fine") == "version 1.2 is fine")
    }

    @Test("links, images, emphasis, code, HTML and tables cannot be formed")
    func inlineSyntax() {
        #expect(PortfolioMarkdown.inline("[x](http://evil)") == "\\[x\\](http://evil)")
        #expect(PortfolioMarkdown.inline("![img](a.png)") == "!\\[img\\](a.png)")
        #expect(PortfolioMarkdown.inline("*bold* _it_ `code`") == "\\*bold\\* \\_it\\_ \\`code\\`")
        #expect(PortfolioMarkdown.inline("<script>&amp;") == "\\<script\\>\\&amp;")
        #expect(PortfolioMarkdown.inline("a | b ~~c~~ \\") == "a \\| b \\~\\~c\\~\\~ \\\\")
    }

    @Test("control characters become a visible marker and bidi overrides go; newlines end no line inline")
    func controls() {
        let hostile = "evil\u{1B}]0;pwned\u{07}\u{202E}\nnext"
        #expect(PortfolioMarkdown.inline(hostile) == "evil\u{FFFD}\\]0;pwned\u{FFFD} next")
    }

    @Test("a note of several lines becomes one escaped paragraph per line, indentation dropped")
    func paragraphs() {
        let note = "# Title\n\n    indented code?\n- item\r\n\tlast"
        #expect(
            PortfolioMarkdown.paragraphs(note) == [
                "\\# Title", "", "indented code?", "", "\\- item\u{FFFD}", "", "last",
            ])
        #expect(PortfolioMarkdown.paragraphs("one\ntwo", indent: "  ") == ["  one", "", "  two"])
        #expect(PortfolioMarkdown.paragraphs(" \n\n ").isEmpty)
    }
}
