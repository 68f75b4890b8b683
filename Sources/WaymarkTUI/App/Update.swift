import Foundation
import WaymarkCore
import WaymarkCurriculum

/// The only place state changes. Pure: no I/O, no clock (the time of an edit is
/// passed in), so every behaviour is tested by calling it directly. The root
/// handles what is shared (saving, navigation, overlays) and hands every other
/// command to the screen on top.
public func update(_ state: inout AppState, _ action: Action, now: Date = Date()) -> [Effect] {
    state.app.now = now
    let effects = respond(&state, action)
    for index in state.stack.indices { state.stack[index].refresh(state.app) }
    return effects
}

private func respond(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let width, let height):
        state.app.width = max(0, width)
        state.app.height = max(0, height)
        return []
    case .saved(let progress):
        // More than our one save since the copy we hold: another instance saved too,
        // and the store merged its edits with ours.
        if progress.revision > state.app.progress.revision + 1 {
            state.message = .init(text: "Saved, together with changes made in another Waymark.", isError: false)
        } else if state.unsavedReason != nil {
            state.message = .init(text: "Saved again: every change so far is on disk.", isError: false)
        }
        state.app.progress = progress
        state.unsavedReason = nil
        state.unsavedChanges = []
        state.sideFile = nil
        return []
    case .changedOnDisk(let progress):
        // Edits not yet on disk stay on top: they are replayed on this copy with the
        // next save, and shown on it until then.
        var merged = progress
        for change in state.unsavedChanges { merged.apply(change) }
        guard merged != state.app.progress else { return [] }
        state.app.progress = merged
        state.message = .init(text: "Updated with changes made outside this view.", isError: false)
        return []
    case .saveFailed(let reason):
        state.unsavedReason = reason
        state.message = .init(
            text: "Not saved: \(reason) Your changes are kept while Waymark runs and saved with the next one.",
            isError: true)
        return []
    case .sideFileWritten(let path):
        state.sideFile = path
        state.message = .init(
            text: "Your unsaved edits are in \(path). Waymark can now quit without losing them.", isError: false)
        return []
    case .sideFileFailed(let reason):
        state.message = .init(text: "Could not write the edits to a file either: \(reason)", isError: true)
        return []
    case .searchIndexBuilt(let index):
        state.app.searchIndex = index
        if case .search(var search) = state.overlay {
            search.refresh(state.app)
            state.overlay = .search(search)
        }
        return []
    case .lessonLoaded(let id, let markdown):
        state.app.lessonDocuments[id] = MarkdownDocument(markdown: markdown)
        return []
    case .lessonFailed(let id, let message):
        state.app.lessonErrors[id] = message
        return []
    case .documentLoaded(let file, let markdown):
        state.app.documents[file] = MarkdownDocument(markdown: markdown)
        return []
    case .documentFailed(let file, let message):
        state.app.documentErrors[file] = message
        return []
    case .reviewDeckLoaded(let deck):
        state.app.reviewDeck = deck
        state.app.reviewDeckLessons = state.app.progress.lessonsRead.count
        return []
    case .studied(let entry):
        return carryOut([.change(.logStudy(entry))], on: &state)
    case .syncFinished(let message, let failed, let lastSynced, let remote):
        state.app.sync?.isRunning = false
        state.app.sync?.lastSynced = lastSynced
        state.app.sync?.remote = remote
        state.message = .init(text: message, isError: failed)
        return []
    case .key(let key):
        state.message = nil
        if var overlay = state.overlay {
            let reply = overlay.handle(key, state.app)
            state.overlay = reply.keepOpen ? overlay : nil
            return carryOut(reply.outcomes, on: &state) + reply.effects
        }
        if state.isTooSmall {
            return key == .character("q") || key == .control("c") ? quit(&state) : []
        }
        // A paste outside a text field is text, not a string of commands.
        if case .paste = key, !state.screen.takesText { return [] }
        guard let command = GlobalKeys.command(for: key, on: state.screen) else { return [] }
        return perform(command, on: &state)
    }
}

/// The commands the root answers on every screen; the rest go to the screen.
private func perform(_ command: Command, on state: inout AppState) -> [Effect] {
    switch command {
    case .quit:
        return quit(&state)
    case .help:
        state.overlay = .help
        return []
    case .search:
        var search = SearchOverlay()
        search.refresh(state.app)
        state.overlay = .search(search)
        return state.app.searchIndex == nil ? [.buildSearchIndex] : []
    case .back:
        return leave(&state, keeping: max(1, state.stack.count - 1))
    case .pathPicker:
        if let index = state.stack.firstIndex(where: { if case .picker = $0 { true } else { false } }) {
            return leave(&state, keeping: index + 1)
        }
        let effects = leave(&state, keeping: 0)
        state.stack = [.picker(PathPickerScreen())]
        return effects
    case .library:
        return raise(&state, .library(LibraryScreen())) { if case .library = $0 { true } else { false } }
    case .today:
        return openToday(&state)
    case .guide:
        return raise(&state, .guide(GuideScreen())) { if case .guide = $0 { true } else { false } }
    case .calculators:
        return carryOut(CalculatorsScreen.open(from: state.stack, state.app), on: &state)
    case .lessons:
        return raise(&state, .lessons(LessonsScreen())) { if case .lessons = $0 { true } else { false } }
    case .review:
        // A fresh sitting rather than a second Review screen on top of the first.
        var effects: [Effect] = []
        if let index = state.stack.firstIndex(where: { if case .review = $0 { true } else { false } }), index > 0 {
            effects = leave(&state, keeping: index)
        }
        return effects + carryOut(ReviewScreen.open(state.app), on: &state)
    case .sync:
        return startSync(&state)
    default:
        let outcomes = state.screen.update(command, state.app)
        return carryOut(outcomes, on: &state)
    }
}

/// Back to the screen of this kind already on the stack rather than a second copy
/// on top (the screens above it are left as on Esc); `screen` when there is none.
private func raise(_ state: inout AppState, _ screen: Screen, where isKind: (Screen) -> Bool) -> [Effect] {
    if let index = state.stack.firstIndex(where: isKind) { return leave(&state, keeping: index + 1) }
    state.stack.append(screen)
    return []
}

/// Leaves every screen above the first `count`, top first, carrying out what each
/// asks on the way out (the reader keeps its place).
private func leave(_ state: inout AppState, keeping count: Int) -> [Effect] {
    var effects: [Effect] = []
    while state.stack.count > count {
        let leaving = state.stack.removeLast()
        effects += carryOut(leaving.departure(state.app), on: &state)
    }
    // Each save carries every unsaved change, so the runner keeps only the newest.
    return effects
}

/// Back to the Today screen already on the stack, or Today on top; without an
/// active path there is nothing to show, so it says how to start one.
private func openToday(_ state: inout AppState) -> [Effect] {
    if let index = state.stack.firstIndex(where: { if case .today = $0 { true } else { false } }) {
        return leave(&state, keeping: index + 1)
    } else if let active = state.app.progress.activePath, state.app.path(active) != nil,
        state.app.progress.paths[active] != nil
    {
        state.stack.append(.today(TodayScreen(pathID: active)))
    } else {
        state.message = .init(text: "Today needs a started path: pick one with p.", isError: false)
    }
    return []
}

/// Starts a sync unless one is running; typing goes on while it runs.
private func startSync(_ state: inout AppState) -> [Effect] {
    guard var sync = state.app.sync else { return [] }
    guard !sync.isRunning else {
        state.message = .init(text: "A sync is already running.", isError: false)
        return []
    }
    sync.isRunning = true
    state.app.sync = sync
    state.message = .init(text: "Syncing…", isError: false)
    return [.sync]
}

/// Quits, unless that would lose edits: then asks first. Screens are left as on
/// Esc, so the reader's place is saved with the last save.
private func quit(_ state: inout AppState) -> [Effect] {
    guard !state.hasUnsavedEdits else {
        state.overlay = .quitGuard(QuitGuard())
        return []
    }
    let departures = state.stack.reversed().flatMap { $0.departure(state.app) }
    return carryOut(departures, on: &state) + [.quit]
}

/// Carries out what a screen or overlay asked for, in order.
private func carryOut(_ outcomes: [Outcome], on state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for outcome in outcomes {
        switch outcome {
        case .push(let screen):
            state.stack.append(screen)
        case .pop:
            if state.stack.count > 1 { state.stack.removeLast() }
        case .reset(let screens):
            if !screens.isEmpty { state.stack = screens }
        case .change(let change):
            // Applied in memory at once; the save carries every edit not yet on disk.
            state.app.progress.apply(change)
            state.unsavedChanges.append(change)
            state.sideFile = nil
            effects.removeAll { if case .save = $0 { true } else { false } }
            effects.append(.save(state.unsavedChanges))
        case .message(let text, let isError):
            state.message = .init(text: text, isError: isError)
        case .loadLesson(let id):
            if state.app.lessonDocuments[id] == nil { effects.append(.loadLesson(id)) }
        case .keepLayout(let layout):
            state.app.keep(layout)
        case .loadDocument(let file):
            if state.app.documents[file] == nil { effects.append(.loadDocument(file)) }
        case .overlay(let overlay):
            state.overlay = overlay
        case .command(let command):
            effects += carryOut(state.screen.update(command, state.app), on: &state)
        case .loadReviewDeck:
            // Read afresh each time: lessons marked read since change the deck.
            state.app.reviewDeck = nil
            effects.append(.loadReviewDeck)
        case .recommend(let pathID):
            state.app.recommendedPathID = pathID
            if case .picker(var picker) = state.screen {
                picker.select(pathID: pathID, state.app)
                state.screen = .picker(picker)
            }
            if let path = state.app.path(pathID) {
                state.message = .init(
                    text: "Recommended for you: \(path.title). Enter shows its plan, s starts it.", isError: false)
            }
        }
    }
    return effects
}
