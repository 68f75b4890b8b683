import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// The lesson library (issue 20, 6): every lesson by path or by tag, opened so that
/// ] and [ walk its group; and the reader's prerequisites line with `P`.
@Suite("update: the lesson library and prerequisites")
struct LessonsTests {
    /// The Lessons screen on top of the stack, if that is what is there.
    private func library(_ state: AppState) -> LessonsScreen? {
        if case .lessons(let screen) = state.screen { screen } else { nil }
    }

    /// Opens the library and moves to the first row of `id`.
    private func select(_ id: String, by grouping: LessonLibrary.Grouping = .path, on state: inout AppState) throws {
        press(.character("e"), on: &state)
        if grouping == .tag { press(.character("t"), on: &state) }
        let rows = try #require(library(state)).rows(state.app)
        let index = try #require(rows.firstIndex { $0.lessonID == id })
        press(.character("g"), on: &state)
        press(Array(repeating: .down, count: index), on: &state)
    }

    /// The row of the rendered frame that contains `text`.
    private func row(containing text: String, in frame: Frame) -> Int? {
        frame.lines.firstIndex { $0.contains(text) }
    }

    @Test("e opens the library from any screen, once: a second e comes back to it, Esc goes back")
    func openFromAnywhere() {
        for keys in [[Key](), [.enter], [.enter, .enter, .enter], [.character("c")], [.character("p")]] {
            var state = makeState(started: true)
            press(keys, on: &state)
            let below = state.stack
            press(.character("e"), on: &state)
            #expect(library(state)?.grouping == .path)
            #expect(Array(state.stack.dropLast()) == below)
            press(.enter, .character("e"), on: &state)
            #expect(library(state) != nil)
            #expect(state.stack.count == below.count + 1)
            press(.escape, on: &state)
            #expect(state.stack == below)
        }
    }

    @Test("e is in help on every screen and never in the footer")
    func keyInHelpNotFooter() {
        var state = makeState(started: true)
        for keys in [[Key](), [.enter], [.enter, .enter, .enter], [.character("e")]] {
            press(keys, on: &state)
            #expect(
                HelpOverlay.rows(on: state.screen).contains {
                    $0.keys.split(separator: " ").contains("e") && $0.summary.contains("every lesson")
                })
            #expect(!Chrome.footer(for: state.screen, state.app, width: 400).plainText.contains("every lesson"))
        }
    }

    @Test("by path: the Bootcamp, then each path in plan order, and every lesson at least once")
    func groupedByPath() {
        let state = makeState(started: true)
        let groups = LessonLibrary(state.app).groups(.path)
        #expect(groups.first?.id == "bootcamp")
        #expect(groups.first?.lessonIDs == state.app.bootcampSequence)
        let paths = groups.filter { $0.id != "bootcamp" && $0.id != LessonLibrary.otherGroupID }
        #expect(paths.map(\.id) == bundled.paths.map(\.id))
        for group in paths {
            #expect(group.lessonIDs == state.app.lessonSequences[group.id])
            #expect(group.title == bundled.path(id: group.id)?.title)
        }
        #expect(Set(groups.flatMap(\.lessonIDs)) == Set(bundled.lessons.keys))
    }

    @Test("t groups by tag: tags in order, each lesson under every tag it carries; t again goes back")
    func groupedByTag() throws {
        var state = makeState(started: true)
        let groups = LessonLibrary(state.app).groups(.tag)
        #expect(groups.map(\.id) == groups.map(\.id).sorted())
        #expect(groups.count == Set(bundled.lessons.values.flatMap(\.tags)).count)
        for group in groups {
            #expect(group.lessonIDs.allSatisfy { bundled.lesson(id: $0)?.tags.contains(group.id) == true })
        }
        #expect(groups.flatMap(\.lessonIDs).count == bundled.lessons.values.map(\.tags.count).reduce(0, +))
        press(.character("e"), .character("t"), on: &state)
        #expect(library(state)?.grouping == .tag)
        #expect(state.screen.subtitle(state.app) == "by tag")
        // The cursor stayed on the first lesson by path, now shown under its tag's heading.
        let row = try #require(library(state)?.selectedRow(state.app))
        #expect(row.lessonID == state.app.bootcampSequence.first)
        #expect(row.group.id == groups.first { $0.lessonIDs.contains(row.lessonID) }?.id)
        let heading = "\(row.group.title)  \(row.group.lessonIDs.count) lessons"
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains(heading) })
        press(.character("t"), on: &state)
        #expect(library(state)?.grouping == .path)
    }

    @Test("switching the grouping keeps the cursor on the same lesson")
    func switchKeepsLesson() throws {
        var state = makeState(started: true)
        try select("littles-law", on: &state)
        press(.character("t"), on: &state)
        let screen = try #require(library(state))
        #expect(screen.selectedRow(state.app)?.lessonID == "littles-law")
        press(.character("t"), on: &state)
        #expect(library(state)?.selectedRow(state.app)?.lessonID == "littles-law")
    }

    @Test("Enter opens the lesson so that ] and [ walk its path's group")
    func openWalksPathGroup() throws {
        var state = makeState(started: true)
        try select("law-emergent-chaos", on: &state)
        press(.enter, on: &state)
        let sequence = try #require(state.app.lessonSequences["foundation-builder"])
        #expect(state.lesson?.lessonID == "law-emergent-chaos")
        #expect(state.lesson?.sequence == sequence)
        press(.character("]"), on: &state)
        #expect(state.lesson?.lessonID == sequence[sequence.firstIndex(of: "law-emergent-chaos")! + 1])
        press(.escape, on: &state)
        #expect(library(state) != nil)
    }

    @Test("a lesson opened under a tag walks that tag's lessons, not a path's")
    func openWalksTagGroup() throws {
        var state = makeState(started: true)
        try select("circuit-breaker", by: .tag, on: &state)
        let row = try #require(library(state)?.selectedRow(state.app))
        press(.enter, on: &state)
        #expect(state.lesson?.sequence == row.group.lessonIDs)
        #expect(row.group.lessonIDs.allSatisfy { bundled.lesson(id: $0)?.tags.contains(row.group.id) == true })
        let index = try #require(row.group.lessonIDs.firstIndex(of: "circuit-breaker"))
        press(.character("["), on: &state)
        #expect(state.lesson?.lessonID == (index > 0 ? row.group.lessonIDs[index - 1] : "circuit-breaker"))
    }

    @Test("a row shows ✓ once read, its minutes, and the prerequisites still unread")
    func rowMarks() throws {
        var state = makeState(started: true, width: 120, height: 40)
        state.progress.apply(.markRead(lessonID: "law-correlated-failure", at: fixedNow))
        try select("circuit-breaker", on: &state)
        let frame = ScreenRenderer.render(state)
        let breaker = try #require(row(containing: "Circuit breakers", in: frame))
        #expect(frame.lines[breaker].contains("7 min  needs: The eight fallacies of"))
        #expect(!frame.lines[breaker].contains("Law 1"))
        let law = try #require(row(containing: "Law 1: Correlated failure", in: frame))
        #expect(frame.lines[law].contains("✓ Law 1: Correlated failure"))
        let littles = try #require(row(containing: "Little's Law", in: frame))
        #expect(!frame.lines[littles].contains("needs:"))
    }

    @Test("the reader names the prerequisites under the title, ✓ on read ones, warning while any is unread")
    func prerequisitesLine() throws {
        var state = makeState(started: true, width: 120, height: 40)
        state.progress.apply(.markRead(lessonID: "law-correlated-failure", at: fixedNow))
        try select("circuit-breaker", on: &state)
        press(.enter, on: &state)
        var frame = ScreenRenderer.render(state)
        let line = try #require(row(containing: "Before this:", in: frame))
        #expect(line == 4)  // title bar, blank, title, length
        #expect(
            frame.lines[line].contains(
                "Before this: The eight fallacies of distributed computing · ✓ Law 1: Correlated failure"))
        let x = try #require(frame.lines[line].firstIndex(of: "B")).utf16Offset(in: frame.lines[line])
        #expect(frame[x, line].style.role == .warning)
        // Every prerequisite read: the line stays, without the warning.
        state.progress.apply(.markRead(lessonID: "fallacies-of-distributed-computing", at: fixedNow))
        frame = ScreenRenderer.render(state)
        #expect(frame.lines[line].contains("✓ The eight fallacies of distributed computing · ✓ Law 1"))
        #expect(frame[x, line].style.role == .muted)
    }

    @Test("the body starts one line lower only when the lesson has prerequisites")
    func bodyMovesDownOnlyWithPrerequisites() throws {
        var state = makeState(started: true)
        // The title block alone: the Predict prompt over a new lesson has its own tests.
        state.progress.apply(.setPredictPrompts(false))
        try select("littles-law", on: &state)
        press(.enter, on: &state)
        let plain = try #require(state.lesson)
        #expect(plain.headerRows(state.app) == 3)
        #expect(!ScreenRenderer.render(state).lines.contains { $0.contains("Before this:") })
        press(.escape, on: &state)
        try select("law-correlated-failure", on: &state)
        press(.enter, on: &state)
        let needing = try #require(state.lesson)
        #expect(needing.headerRows(state.app) == 4)
        #expect(needing.bodyHeight(state.app) == plain.bodyHeight(state.app) - 1)
        let frame = ScreenRenderer.render(state)
        let heading = try #require(row(containing: "Why it matters", in: frame))
        #expect(frame.lines[heading - 1].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(frame.lines[heading - 2].contains("Before this:"))
    }

    @Test("P opens the first unread prerequisite over the lesson; Esc comes back to it")
    func openPrerequisite() throws {
        var state = makeState(started: true)
        state.progress.apply(.markRead(lessonID: "fallacies-of-distributed-computing", at: fixedNow))
        try select("implementing-a-pattern", on: &state)
        press(.enter, on: &state)
        let lesson = try #require(bundled.lesson(id: "implementing-a-pattern"))
        #expect(lesson.prerequisites == ["circuit-breaker", "retries-backoff-jitter"])
        state.progress.apply(.markRead(lessonID: "circuit-breaker", at: fixedNow))
        let effects = press(.character("P"), on: &state)
        #expect(state.lesson?.lessonID == "retries-backoff-jitter")
        #expect(effects.contains(.loadLesson("retries-backoff-jitter")))
        // It is on the path too, so ] and [ still walk the path from there.
        #expect(state.lesson?.sequence == state.app.lessonSequences["foundation-builder"])
        press(.escape, on: &state)
        #expect(state.lesson?.lessonID == "implementing-a-pattern")
    }

    @Test("with every prerequisite read P opens the first; with none it says so")
    func openPrerequisiteAllReadOrNone() throws {
        var state = makeState(started: true)
        state.progress.apply(.markRead(lessonID: "circuit-breaker", at: fixedNow))
        state.progress.apply(.markRead(lessonID: "retries-backoff-jitter", at: fixedNow))
        try select("implementing-a-pattern", on: &state)
        press(.enter, .character("P"), on: &state)
        #expect(state.lesson?.lessonID == "circuit-breaker")
        press(.escape, .escape, on: &state)
        try select("littles-law", on: &state)
        press(.enter, .character("P"), on: &state)
        #expect(state.lesson?.lessonID == "littles-law")
        #expect(state.message?.text == "This lesson builds on no other.")
    }

    @Test("P is listed in the reader's help")
    func prerequisiteKeyInHelp() {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, on: &state)
        #expect(HelpOverlay.rows(on: state.screen).contains { $0.keys == "P" && $0.summary == "open a prerequisite" })
    }
}
