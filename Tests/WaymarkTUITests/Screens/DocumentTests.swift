import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: cheat sheets and recipe cards")
struct DocumentTests {
    @Test("the cheat-sheet list opens a sheet, loads its body and renders it like the reader")
    func openCheatSheet() throws {
        var state = shelfState(opening: .cheatSheets)
        let sheets = bundled.reference.cheatSheets
        #expect(state.screenLines.contains { $0.contains(sheets[0].title) })
        let effects = press(.down, .enter, on: &state)
        #expect(state.document?.kind == .cheatSheet)
        #expect(state.document?.cardID == sheets[1].id)
        #expect(effects.contains(.loadDocument(sheets[1].file)))
        let document = MarkdownDocument(markdown: try bundled.body(ofFile: sheets[1].file))
        let expected = MarkdownLayout.lines(for: document, width: state.app.readingWidth, revealedAnswers: .max)
        #expect(state.document?.reader.lines == expected)
        #expect(state.screenLines.contains { $0.contains("lines 1-") })
    }

    @Test("a document scrolls by line and page and clamps at both ends")
    func scroll() throws {
        var state = shelfState(opening: .recipes)
        press(.enter, on: &state)
        let page = DocumentScreen.bodyHeight(state.app)
        let total = try #require(state.document?.reader.lines?.count)
        #expect(total > page)
        press(.down, .down, on: &state)
        #expect(state.document?.reader.scroll == 2)
        press(.character(" "), on: &state)
        #expect(state.document?.reader.scroll == 2 + page - 1)
        press(.character("G"), .down, on: &state)
        #expect(state.document?.reader.scroll == total - page)
        press(.character("g"), .up, on: &state)
        #expect(state.document?.reader.scroll == 0)
    }

    @Test("] and [ walk the recipes and stop at the ends")
    func walk() {
        var state = shelfState(opening: .recipes)
        let recipes = bundled.reference.recipes
        press(.enter, .character("]"), on: &state)
        #expect(state.document?.cardID == recipes[1].id)
        press(.character("["), .character("["), on: &state)
        #expect(state.document?.cardID == recipes[0].id)
        #expect(state.message?.text == "This is the first recipe.")
    }

    @Test("the document keeps its layout across a resize")
    func resize() {
        var state = shelfState(opening: .cheatSheets)
        press(.enter, on: &state)
        _ = update(&state, .resize(width: 130, height: 40), now: fixedNow)
        let document = state.app.documents[bundled.reference.cheatSheets[0].file]!
        #expect(
            state.document?.reader.lines
                == MarkdownLayout.lines(for: document, width: state.app.readingWidth, revealedAnswers: .max))
    }
}
