import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: navigation and state changes")
struct UpdateTests {
    @Test("a first run opens the path picker on the first path")
    func firstRun() {
        let state = makeState()
        #expect(state.stack.map(\.screen) == [.picker])
        #expect(state.page.cursor == 0)
    }

    @Test("a later run opens the active path's plan on the phase of this week")
    func laterRun() {
        let state = makeState(started: true, daysAgo: 30)
        #expect(state.page.screen == .plan(pathID: "foundation-builder"))
        #expect(state.page.cursor == 2)  // week 5: Quantitative Tools
    }

    @Test("Enter on a path starts it today and opens its plan")
    func startPath() {
        var state = makeState()
        let effects = press(.down, .enter, on: &state)
        #expect(state.page.screen == .plan(pathID: "problem-solver"))
        #expect(state.progress.activePath == "problem-solver")
        #expect(state.progress.paths["problem-solver"]?.startedOn == fixedToday)
        #expect(effects == [.save([.start(pathID: "problem-solver", on: fixedToday, restart: false)])])
    }

    @Test("Enter on a path started before keeps its start date")
    func restartKeepsDate() {
        var state = makeState(started: true, daysAgo: 10)
        press(.character("p"), .enter, on: &state)
        #expect(state.progress.paths["foundation-builder"]?.startedOn == fixedToday.adding(days: -10))
    }

    @Test("cursor keys move, clamp at the ends, and g/G jump")
    func cursorMovement() {
        var state = makeState()
        press(.up, on: &state)
        #expect(state.page.cursor == 0)
        press(.character("j"), .down, on: &state)
        #expect(state.page.cursor == 2)
        press(.character("G"), on: &state)
        #expect(state.page.cursor == 4)  // the Bootcamp row
        press(.down, .pageDown, on: &state)
        #expect(state.page.cursor == 4)
        press(.home, on: &state)
        #expect(state.page.cursor == 0)
        press(.end, .character("k"), .pageUp, on: &state)
        #expect(state.page.cursor == 0)
    }

    @Test("Enter opens a phase; Esc, h, Left and Backspace go back")
    func openAndBack() {
        var state = makeState(started: true)
        for back in [Key.escape, .character("h"), .left, .backspace] {
            press(.enter, on: &state)
            #expect(state.page.screen == .phase(pathID: "foundation-builder", phaseIndex: 0))
            press(back, on: &state)
            #expect(state.page.screen == .plan(pathID: "foundation-builder"))
        }
    }

    @Test("the phase list runs activities then deliverables, so G lands on the last deliverable")
    func phaseOrder() {
        var state = makeState(started: true)
        press(.enter, .character("G"), on: &state)
        #expect(selectedDeliverable(state)?.id == "notes-on-each-law")
        press(.character("g"), on: &state)
        #expect(selectedDeliverable(state) == nil)
    }

    @Test("Space toggles a deliverable done and back, saving each change")
    func toggleDeliverable() {
        var state = makeState(started: true)
        var effects = press(.enter, .character("G"), .character(" "), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .done)
        #expect(effects == [.save([.setState(deliverableID: "notes-on-each-law", .done, at: fixedNow)])])
        effects = press(.character(" "), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .todo)
        #expect(effects.count == 1)
    }

    @Test("i and s set in progress and skipped, and toggle back")
    func progressAndSkip() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("i"), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .inProgress)
        press(.character("s"), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .skipped)
        press(.character("s"), on: &state)
        #expect(state.progress.state(of: "notes-on-each-law") == .todo)
    }

    @Test("Space on an activity changes nothing")
    func spaceOnActivity() {
        var state = makeState(started: true)
        let effects = press(.enter, .character(" "), on: &state)
        #expect(effects.isEmpty)
        #expect(state.progress.deliverables.isEmpty)
    }

    @Test("n edits a deliverable's note; Enter saves it, Esc leaves it")
    func editNote() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("n"), on: &state)
        guard case .textInput = state.overlay else {
            Issue.record("no editor opened")
            return
        }
        for character in "Läws ✓ 法则" { press(.character(character), on: &state) }
        press(.backspace, on: &state)
        let effects = press(.enter, on: &state)
        #expect(state.overlay == nil)
        #expect(state.progress.deliverables["notes-on-each-law"]?.note == "Läws ✓ 法")
        #expect(effects == [.save([.setNote(deliverableID: "notes-on-each-law", "Läws ✓ 法", at: fixedNow)])])
        press(.character("n"), .control("u"), .character("x"), .escape, on: &state)
        #expect(state.progress.deliverables["notes-on-each-law"]?.note == "Läws ✓ 法")
    }

    @Test("q typed into a note is text, not quit")
    func qInEditor() {
        var state = makeState(started: true)
        let effects = press(.enter, .character("G"), .character("n"), .character("q"), on: &state)
        #expect(!effects.contains(.quit))
        #expect(
            state.overlay
                == .textInput(
                    TextInput(
                        target: .deliverableNote("notes-on-each-law"), prompt: "Note on Notes on each law", text: "q")))
    }

    @Test("Enter on an activity opens its first lesson, loads it and marks it read")
    func openLesson() {
        var state = makeState(started: true)
        let effects = press(.enter, .enter, on: &state)
        guard case .lesson(let route) = state.page.screen else {
            Issue.record("no lesson opened")
            return
        }
        #expect(route.lessonID == "law-correlated-failure")
        #expect(effects.contains(.loadLesson("law-correlated-failure")))
        #expect(effects.contains(.save([.markRead(lessonID: "law-correlated-failure", at: fixedNow)])))
        #expect(state.progress.lessonsRead["law-correlated-failure"] == fixedNow)
    }

    @Test("the reader scrolls by line and page and clamps at both ends")
    func lessonScroll() {
        var state = makeState(started: true)
        press(.enter, .enter, .down, .down, on: &state)
        #expect(state.page.scroll == 2)
        press(.pageDown, on: &state)
        #expect(state.page.scroll == 2 + state.lessonBodyHeight - 1)
        press(.character("G"), on: &state)
        let total = state.lessonLines(route(state), revealed: 0)!.count
        #expect(state.page.scroll == total - state.lessonBodyHeight)
        press(.down, on: &state)
        #expect(state.page.scroll == total - state.lessonBodyHeight)
        press(.character("g"), .up, on: &state)
        #expect(state.page.scroll == 0)
        press(.character(" "), on: &state)
        #expect(state.page.scroll == state.lessonBodyHeight - 1)
    }

    @Test("the kept lesson layout always matches a fresh one: after opening, revealing and resizing")
    func lessonLayoutKept() {
        var state = makeState(started: true)
        func fresh() -> [StyledLine] {
            MarkdownLayout.lines(
                for: state.lessonDocuments[route(state).lessonID]!, width: state.readingWidth,
                revealedAnswers: state.page.revealedAnswers)
        }
        press(.enter, .enter, on: &state)
        #expect(state.lessonLayout?.lines == fresh())
        press(.character("r"), .down, on: &state)
        #expect(state.lessonLayout?.lines == fresh())
        _ = update(&state, .resize(width: 130, height: 40), now: fixedNow)
        #expect(state.lessonLayout?.width == state.readingWidth)
        #expect(state.lessonLayout?.lines == fresh())
        press(.character("]"), on: &state)
        #expect(state.lessonLayout?.lessonID == route(state).lessonID)
        #expect(state.lessonLayout?.lines == fresh())
    }

    @Test("r reveals self-check answers one at a time, then hides them")
    func revealAnswers() {
        var state = makeState(started: true)
        press(.enter, .enter, on: &state)
        let count = state.lessonDocuments["law-correlated-failure"]!.answerCount
        #expect(count >= 3)
        press(.character("r"), on: &state)
        #expect(state.page.revealedAnswers == 1)
        for _ in 1..<count { press(.character("r"), on: &state) }
        #expect(state.page.revealedAnswers == count)
        press(.character("r"), on: &state)
        #expect(state.page.revealedAnswers == 0)
    }

    @Test("a lesson opened again from a phase walks the same sequence, kept from the first time")
    func lessonSequenceKept() {
        var state = makeState(started: true)
        let path = bundled.path(id: "foundation-builder")!
        press(.enter, .enter, on: &state)
        #expect(route(state).sequence == state.lessonSequence(of: path))
        #expect(state.lessonSequences[path.id] == state.lessonSequence(of: path))
        press(.character("h"), .down, .enter, on: &state)
        #expect(route(state).sequence == state.lessonSequence(of: path))
        #expect(route(state).lessonID == path.phases[0].activities[1].lessonIDs[0])
    }

    @Test("] and [ walk the path's lessons in plan order and stop at the ends")
    func nextPreviousLesson() {
        var state = makeState(started: true)
        press(.enter, .enter, .character("]"), on: &state)
        #expect(route(state).lessonID == "law-asynchronous-reality")
        #expect(route(state).index == 1)
        press(.character("["), .character("["), on: &state)
        #expect(route(state).index == 0)
        #expect(state.message?.text == "This is the first lesson here.")
    }

    @Test("c opens the success criteria; 1, 2 and 3 rate; n records evidence")
    func rateCriteria() {
        var state = makeState(started: true)
        press(.character("c"), on: &state)
        #expect(state.page.screen == .criteria(pathID: "foundation-builder"))
        press(.character("2"), on: &state)
        #expect(state.progress.latestRating(of: "explain-all-seven-laws") == .partly)
        press(.character("n"), on: &state)
        for character in "wrote 7 pages" { press(.character(character), on: &state) }
        press(.enter, .down, .character("3"), on: &state)
        let history = state.progress.criteria["explain-all-seven-laws"]!.ratings
        #expect(history.map(\.rating) == [.partly, .partly])
        #expect(history.last?.note == "wrote 7 pages")
        #expect(state.progress.latestRating(of: "implemented-three-patterns") == .confident)
    }

    @Test("a path is complete when every deliverable is done and every criterion confident")
    func completion() {
        var state = makeState(started: true)
        let path = bundled.path(id: "foundation-builder")!
        for deliverable in path.deliverables {
            state.progress.apply(.setState(deliverableID: deliverable.id, .done, at: fixedNow))
        }
        #expect(!state.isComplete(path))
        for criterion in path.successCriteria {
            state.progress.apply(.rate(criterionID: criterion.id, .confident, note: nil, at: fixedNow))
        }
        #expect(state.isComplete(path))
    }

    @Test("? opens help from every screen and any key closes it")
    func helpEverywhere() {
        var state = makeState(started: true)
        for keys in [[Key](), [.enter], [.enter, .enter], [.character("c")], [.character("p")], [.character("b")]] {
            state = makeState(started: true)
            press(keys, on: &state)
            press(.character("?"), on: &state)
            #expect(state.overlay == .help)
            press(.character("x"), on: &state)
            #expect(state.overlay == nil)
        }
    }

    @Test("q quits from every screen and from help")
    func quitEverywhere() {
        for keys in [[Key](), [.enter], [.enter, .enter], [.character("c")], [.character("?")]] {
            var state = makeState(started: true)
            press(keys, on: &state)
            #expect(press(.character("q"), on: &state) == [.quit])
        }
    }

    @Test("help me choose highlights the recommended path and moves the cursor to it")
    func helpMeChoose() {
        var state = makeState()
        press(.character("w"), .down, .down, .enter, on: &state)
        #expect(state.overlay == nil)
        #expect(state.recommendedPathID == "system-designer")
        #expect(state.page.cursor == 2)
    }

    @Test("the Bootcamp opens from the picker; Enter on a step opens its lesson")
    func bootcamp() {
        var state = makeState()
        press(.character("G"), .enter, on: &state)
        #expect(state.page.screen == .bootcamp)
        press(.down, .enter, on: &state)
        #expect(route(state).lessonID == "fallacies-of-distributed-computing")
        #expect(route(state).sequence.count == 5)
    }

    @Test("p returns to the picker from deep inside a path")
    func pathPickerKey() {
        var state = makeState(started: true)
        press(.enter, .enter, .character("p"), on: &state)
        #expect(state.stack.map(\.screen) == [.picker])
    }

    @Test("a failed save keeps the change in memory and says so")
    func saveFailure() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character(" "), on: &state)
        _ = update(&state, .saveFailed("Read-only file system."), now: fixedNow)
        #expect(state.progress.state(of: "notes-on-each-law") == .done)
        #expect(state.unsavedReason == "Read-only file system.")
        #expect(state.message?.isError == true)
    }

    @Test("after a failed save the next save carries every unsaved change, then clears them")
    func failedChangesRetried() {
        var state = makeState(started: true)
        let first = press(.enter, .character("G"), .character(" "), on: &state)
        _ = update(&state, .saveFailed("No space left on device."), now: fixedNow)
        let second = press(.character(" "), on: &state)
        guard case .save(let firstChanges)? = first.last, case .save(let retried)? = second.last else {
            Issue.record("expected save effects, got \(first) and \(second)")
            return
        }
        #expect(retried.count == 2)
        #expect(retried.first == firstChanges.first)
        var disk = state.progress
        disk.revision += 1
        _ = update(&state, .saved(disk), now: fixedNow)
        #expect(state.unsavedChanges.isEmpty)
        #expect(state.unsavedReason == nil)
        #expect(state.message?.text.hasPrefix("Saved again") == true)
    }

    @Test("a save that merged another instance's edits says so")
    func mergeIsAnnounced() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character(" "), on: &state)
        var disk = state.progress
        disk.revision += 2
        _ = update(&state, .saved(disk), now: fixedNow)
        #expect(state.message?.text.contains("another Waymark") == true)
    }

    @Test("saved progress from disk replaces memory, merging another instance's edits")
    func savedMerges() {
        var state = makeState(started: true)
        var disk = state.progress
        disk.apply(.setState(deliverableID: "implement-one-pattern", .done, at: fixedNow))
        _ = update(&state, .saved(disk), now: fixedNow)
        #expect(state.progress.state(of: "implement-one-pattern") == .done)
    }

    @Test("below the minimum size only q does anything")
    func tooSmall() {
        var state = makeState(started: true)
        _ = update(&state, .resize(width: 20, height: 8), now: fixedNow)
        #expect(state.isTooSmall)
        #expect(press(.enter, on: &state).isEmpty)
        #expect(state.page.screen == .plan(pathID: "foundation-builder"))
        #expect(press(.character("q"), on: &state) == [.quit])
    }

    @Test("a lesson that cannot be read shows why instead of crashing")
    func lessonFailure() {
        var state = makeState(started: true)
        _ = update(&state, .key(.enter), now: fixedNow)
        _ = update(&state, .key(.enter), now: fixedNow)
        _ = update(&state, .lessonFailed(id: "law-correlated-failure", message: "gone"), now: fixedNow)
        #expect(state.lessonErrors["law-correlated-failure"] == "gone")
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("This lesson could not be opened: gone") })
    }

    @Test("every binding in the help table maps back to its own command")
    func bindingsAreConsistent() {
        for binding in KeyBindings.all {
            for screen in binding.screens ?? Set(ScreenKind.allCases) {
                for key in binding.keys {
                    let command = KeyBindings.command(for: key, on: screen)
                    #expect(command != nil)
                }
            }
        }
    }

    private func route(_ state: AppState) -> LessonRoute {
        guard case .lesson(let route) = state.page.screen else { return LessonRoute(sequence: [""], index: 0) }
        return route
    }
}
