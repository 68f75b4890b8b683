import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// What the root does on every screen: where the app opens, going back, help,
/// quitting, the path picker key, saving and its failures, the size guard.
@Suite("update: the root")
struct RootUpdateTests {
    @Test("a first run opens the path picker on the first path")
    func firstRun() {
        let state = makeState()
        #expect(state.stack == [.picker(PathPickerScreen())])
        #expect(state.cursor == 0)
    }

    @Test("a later run opens Today, over the active path's plan on the phase of this week")
    func laterRun() {
        let state = makeState(started: true, daysAgo: 30, onToday: true)
        #expect(state.screen == .today(TodayScreen(pathID: "foundation-builder")))
        #expect(state.stack[1] == .plan(PlanScreen(pathID: "foundation-builder", cursor: 2)))  // week 5
    }

    @Test("Esc, h, Left and Backspace go back the way the learner came")
    func back() {
        var state = makeState(started: true)
        for back in [Key.escape, .character("h"), .left, .backspace] {
            press(.enter, on: &state)
            #expect(state.screen == .phase(PhaseScreen(pathID: "foundation-builder", phaseIndex: 0)))
            press(back, on: &state)
            #expect(state.screen == .plan(PlanScreen(pathID: "foundation-builder")))
        }
    }

    @Test("? opens help from every screen and any key closes it")
    func helpEverywhere() {
        for keys in [
            [Key](), [.enter], [.enter, .enter, .enter], [.character("c")], [.character("p")], [.character("b")],
        ] {
            var state = makeState(started: true)
            press(keys, on: &state)
            press(.character("?"), on: &state)
            #expect(state.overlay == .help)
            press(.character("x"), on: &state)
            #expect(state.overlay == nil)
        }
    }

    @Test("q quits from every screen and from help")
    func quitEverywhere() {
        for keys in [[Key](), [.enter], [.enter, .enter, .enter], [.character("c")], [.character("?")]] {
            var state = makeState(started: true)
            press(keys, on: &state)
            #expect(press(.character("q"), on: &state) == [.quit])
        }
    }

    @Test("p returns to the picker from deep inside a path")
    func pathPickerKey() {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, .character("p"), on: &state)
        #expect(state.stack.count == 1)
        guard case .picker = state.screen else {
            Issue.record("not on the picker")
            return
        }
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

    @Test("q with unsaved edits asks first: retry, write them to a file, or quit on a second q")
    func quitGuard() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character(" "), on: &state)
        _ = update(&state, .saveFailed("Read-only file system."), now: fixedNow)
        #expect(press(.character("q"), on: &state).isEmpty)
        #expect(state.overlay == .quitGuard(QuitGuard()))
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains("1 edit is not on disk") })
        #expect(press(.character("r"), on: &state) == [.retrySave])
        press(.character("q"), on: &state)
        #expect(press(.character("w"), on: &state) == [.writeSideFile])
        _ = update(&state, .sideFileWritten("/data/progress.unsaved-20261121T100000.json"), now: fixedNow)
        #expect(state.message?.text.contains("/data/progress.unsaved-20261121T100000.json") == true)
        // The edits are safe in that file: quitting no longer asks.
        #expect(press(.character("q"), on: &state) == [.quit])
    }

    @Test("the second q of the guard quits, losing the edits on purpose")
    func quitAnyway() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character(" "), on: &state)
        _ = update(&state, .saveFailed("Read-only file system."), now: fixedNow)
        #expect(press(.character("q"), .character("q"), on: &state) == [.quit])
    }

    @Test("a paste outside the editor is not taken as commands")
    func pasteOutsideEditor() {
        var state = makeState(started: true)
        let effects = press(.paste("jjq G \n"), on: &state)
        #expect(effects.isEmpty)
        #expect(state.stack.count == 2)
        #expect(state.cursor == 0)
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

    @Test("a long error message wraps over several rows instead of losing its remedy")
    func longMessageWraps() {
        var state = makeState(started: true, width: 60)
        let reason =
            "Could not save progress to /home/learner/.local/share/waymark/progress.json: Read-only file system. The file still holds your previous progress."
        _ = update(&state, .saveFailed(reason), now: fixedNow)
        let text = ScreenRenderer.render(state).lines.joined(separator: " ")
        #expect(text.contains("saved with the next one."))
    }

    @Test("below the minimum size only q does anything")
    func tooSmall() {
        var state = makeState(started: true)
        _ = update(&state, .resize(width: 20, height: 8), now: fixedNow)
        #expect(state.isTooSmall)
        #expect(press(.enter, on: &state).isEmpty)
        #expect(state.stack.count == 2)
        #expect(press(.character("q"), on: &state) == [.quit])
    }

    @Test("every binding of every screen maps back to its own command, and help lists it")
    func bindingsAreConsistent() {
        var state = makeState(started: true)
        var screens: [Screen] = []
        for keys in [
            [Key](), [.enter], [.enter, .enter, .enter], [.character("c")], [.character("p")], [.character("b")],
        ] {
            state = makeState(started: true)
            press(keys, on: &state)
            screens.append(state.screen)
        }
        for screen in screens {
            for binding in screen.keys {
                for key in binding.keys { #expect(GlobalKeys.command(for: key, on: screen) == binding.command) }
            }
            #expect(GlobalKeys.bindings(on: screen).contains { $0.command == .quit })
        }
    }
}

@Suite("update: changes made elsewhere")
struct ChangedOnDiskTests {
    @Test("a file changed by another terminal shows at once, with this view's unsaved edits still on top")
    func mergesOutsideChanges() {
        var state = makeState(started: true)
        press(.enter, .character("G"), .character("i"), on: &state)
        _ = update(&state, .saveFailed("Read-only file system."), now: fixedNow)
        var disk = state.progress
        disk.deliverables = [:]
        disk.apply(.setState(deliverableID: "implement-one-pattern", .done, at: fixedNow))
        _ = update(&state, .changedOnDisk(disk), now: fixedNow)
        #expect(state.progress.state(of: "implement-one-pattern") == .done)
        #expect(state.progress.state(of: "notes-on-each-law") == .inProgress)
        #expect(state.message?.text.contains("outside this view") == true)
    }
}
