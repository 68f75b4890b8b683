import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: lesson reader")
struct LessonTests {
    @Test("opening a lesson is not reading it: the mark comes at its end, and x takes it back")
    func readAtTheEnd() {
        var state = makeState(started: true)
        let effects = press(.enter, .enter, .enter, on: &state)
        #expect(state.lesson?.lessonID == "law-correlated-failure")
        #expect(effects.contains(.loadLesson("law-correlated-failure")))
        #expect(state.progress.lessonsRead["law-correlated-failure"] == nil)
        press(.pageDown, on: &state)
        #expect(state.progress.lessonsRead["law-correlated-failure"] == nil)
        let end = press(.character("G"), on: &state)
        #expect(end.contains(.save([.markRead(lessonID: "law-correlated-failure", at: fixedNow)])))
        press(.character("x"), on: &state)
        #expect(state.progress.lessonsRead["law-correlated-failure"] == nil)
    }

    @Test("half the lesson's minutes in it count as reading it, without reaching the end")
    func readByTime() {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, on: &state)
        let minutes = bundled.lesson(id: "law-correlated-failure")!.minutes
        _ = update(&state, .key(.down), now: fixedNow.addingTimeInterval(Double(minutes) * 30 - 5))
        #expect(state.progress.lessonsRead["law-correlated-failure"] == nil)
        _ = update(&state, .key(.down), now: fixedNow.addingTimeInterval(Double(minutes) * 30 + 1))
        #expect(state.progress.lessonsRead["law-correlated-failure"] != nil)
    }

    @Test("leaving a lesson remembers the line, and opening it again continues there")
    func remembersPosition() {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, .pageDown, .down, on: &state)
        let line = state.lesson!.scroll
        #expect(line > 0)
        let effects = press(.escape, on: &state)
        #expect(state.progress.lessonPositions["law-correlated-failure"] == line)
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        press(.enter, .enter, on: &state)
        #expect(state.lesson?.scroll == line)
    }

    @Test("the reader scrolls by line and page and clamps at both ends")
    func lessonScroll() throws {
        var state = makeState(started: true)
        // Scrolling alone: the Predict prompt, which the first key dismisses, has its own tests.
        state.progress.apply(.setPredictPrompts(false))
        press(.enter, .enter, .enter, .down, .down, on: &state)
        let page = try #require(state.lesson?.bodyHeight(state.app))
        #expect(state.lesson?.scroll == 2)
        press(.pageDown, on: &state)
        #expect(state.lesson?.scroll == 2 + page - 1)
        press(.character("G"), on: &state)
        let total = try #require(state.lesson?.layout?.lines.count)
        #expect(state.lesson?.scroll == total - page)
        press(.down, on: &state)
        #expect(state.lesson?.scroll == total - page)
        press(.character("g"), .up, on: &state)
        #expect(state.lesson?.scroll == 0)
        press(.character(" "), on: &state)
        #expect(state.lesson?.scroll == page - 1)
    }

    @Test("the kept lesson layout always matches a fresh one: after opening, revealing and resizing")
    func lessonLayoutKept() {
        var state = makeState(started: true)
        func fresh() -> [StyledLine] {
            MarkdownLayout.lines(
                for: state.app.lessonDocuments[state.lesson!.lessonID]!, width: state.app.readingWidth,
                revealedAnswers: state.lesson!.revealedAnswers)
        }
        press(.enter, .enter, .enter, on: &state)
        #expect(state.lesson?.layout?.lines == fresh())
        press(.character("r"), .down, on: &state)
        #expect(state.lesson?.layout?.lines == fresh())
        _ = update(&state, .resize(width: 130, height: 40), now: fixedNow)
        #expect(state.lesson?.layout?.width == state.app.readingWidth)
        #expect(state.lesson?.layout?.lines == fresh())
        press(.character("]"), on: &state)
        #expect(state.lesson?.layout?.lessonID == state.lesson?.lessonID)
        #expect(state.lesson?.layout?.lines == fresh())
    }

    @Test("a lesson left keeps its layout: coming back at the same width reuses it, at another lays it out afresh")
    func layoutKeptForReturn() throws {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, on: &state)
        let id = try #require(state.lesson?.lessonID)
        let first = try #require(state.lesson?.layout)
        press(.escape, on: &state)
        #expect(state.app.lessonLayouts[id] == first)
        press(.enter, .enter, on: &state)
        #expect(state.lesson?.lessonID == id)
        #expect(state.lesson?.layout == first)
        press(.escape, on: &state)
        _ = update(&state, .resize(width: 130, height: 40), now: fixedNow)
        press(.enter, .enter, on: &state)
        let wider = try #require(state.lesson?.layout)
        #expect(wider.width == state.app.readingWidth && wider.width != first.width)
        let fresh = MarkdownLayout.lines(
            for: state.app.lessonDocuments[id]!, width: state.app.readingWidth, revealedAnswers: 0)
        #expect(wider.lines.prefix(fresh.count) == fresh[...])
    }

    @Test("only a few laid-out lessons are kept")
    func keptLayoutsAreBounded() throws {
        var app = makeState(started: true).app
        let layout = LessonLayout(
            lessonID: "a", width: 60, revealedAnswers: 0, codeOffset: 0, lines: [], answerLines: [],
            lessonLineCount: 0, widestCode: 0)
        for index in 0..<(AppContext.keptLayouts * 3) {
            var next = layout
            next.lessonID = "lesson-\(index)"
            app.keep(next)
            #expect(app.lessonLayouts.count <= AppContext.keptLayouts)
            #expect(app.lessonLayouts[next.lessonID] == next)
        }
    }

    @Test("r reveals answers one at a time and scrolls to each; after the last it says so; R hides them")
    func revealAnswers() throws {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, on: &state)
        let count = state.app.lessonDocuments["law-correlated-failure"]!.answerCount
        #expect(count >= 3)
        press(.character("r"), on: &state)
        let lesson = try #require(state.lesson)
        #expect(lesson.revealedAnswers == 1)
        // The answer revealed is on screen, though it lies far below the top.
        let answerLine = try #require(lesson.layout?.answerLines.first)
        #expect(answerLine > lesson.bodyHeight(state.app))
        #expect((lesson.scroll..<lesson.scroll + lesson.bodyHeight(state.app)).contains(answerLine))
        for _ in 1..<count { press(.character("r"), on: &state) }
        #expect(state.lesson?.revealedAnswers == count)
        press(.character("r"), on: &state)
        #expect(state.lesson?.revealedAnswers == count)
        #expect(state.message?.text.contains("R hides them") == true)
        press(.character("R"), on: &state)
        #expect(state.lesson?.revealedAnswers == 0)
    }

    @Test("an activity with several lessons offers them all; a deliverable shows what Enter opens")
    func severalLessons() throws {
        var state = makeState(started: true)
        press(.enter, .enter, on: &state)
        guard case .lessonPicker(let picker) = state.overlay else {
            Issue.record("no lesson picker")
            return
        }
        #expect(picker.lessonIDs.count == 4)
        press(.down, .down, .enter, on: &state)
        #expect(state.lesson?.lessonID == "law-emergent-chaos")
        #expect(state.lesson?.sequence == state.app.lessonSequences["foundation-builder"])
        press(.escape, .character("G"), on: &state)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("lessons: ") && $0.contains("Law 1") })
    }

    @Test("a lesson opened from a phase walks the path's sequence")
    func lessonSequence() {
        var state = makeState(started: true)
        let path = bundled.path(id: "foundation-builder")!
        press(.enter, .enter, .enter, on: &state)
        #expect(state.lesson?.sequence == state.app.lessonSequences[path.id])
        press(.character("h"), .down, .enter, .enter, on: &state)
        #expect(state.lesson?.sequence == state.app.lessonSequences[path.id])
        #expect(state.lesson?.lessonID == path.phases[0].activities[1].lessonIDs[0])
    }

    @Test("] and [ walk the path's lessons in plan order and stop at the ends")
    func nextPreviousLesson() {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, .character("]"), on: &state)
        #expect(state.lesson?.lessonID == "law-asynchronous-reality")
        #expect(state.lesson?.index == 1)
        press(.character("["), .character("["), on: &state)
        #expect(state.lesson?.index == 0)
        #expect(state.message?.text == "This is the first lesson here.")
    }

    @Test("a lesson that cannot be read shows why instead of crashing")
    func lessonFailure() {
        var state = makeState(started: true)
        for _ in 0..<3 { _ = update(&state, .key(.enter), now: fixedNow) }
        _ = update(&state, .lessonFailed(id: "law-correlated-failure", message: "gone"), now: fixedNow)
        #expect(state.app.lessonErrors["law-correlated-failure"] == "gone")
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("This lesson could not be opened: gone") })
    }
}
