import Foundation
import WaymarkCore
import WaymarkCurriculum

/// The only place state changes. Pure: no I/O, no clock (the time of an edit is
/// passed in), so every behaviour is tested by calling it directly.
public func update(_ state: inout AppState, _ action: Action, now: Date = Date()) -> [Effect] {
    defer { state.refreshLessonLayout() }
    return respond(&state, action, now: now)
}

private func respond(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
    switch action {
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        clampLessonScroll(&state)
        return []
    case .saved(let progress):
        // More than our one save since the copy we hold: another instance saved too,
        // and the store merged its edits with ours.
        if progress.revision > state.progress.revision + 1 {
            state.message = .init(text: "Saved, together with changes made in another Waymark.", isError: false)
        } else if state.unsavedReason != nil {
            state.message = .init(text: "Saved again: every change so far is on disk.", isError: false)
        }
        state.progress = progress
        state.unsavedReason = nil
        state.unsavedChanges = []
        return []
    case .saveFailed(let reason):
        state.unsavedReason = reason
        state.message = .init(
            text: "Not saved: \(reason) Your changes are kept while Waymark runs and saved with the next one.",
            isError: true)
        return []
    case .lessonLoaded(let id, let markdown):
        state.lessonDocuments[id] = MarkdownDocument(markdown: markdown)
        return []
    case .lessonFailed(let id, let message):
        state.lessonErrors[id] = message
        return []
    case .key(let key):
        state.message = nil
        if let overlay = state.overlay { return handleOverlay(&state, overlay, key, now: now) }
        if state.isTooSmall {
            return key == .character("q") || key == .control("c") ? [.quit] : []
        }
        guard let command = KeyBindings.command(for: key, on: state.page.screen.kind) else { return [] }
        return perform(&state, command, now: now)
    }
}

// MARK: - Commands

private func perform(_ state: inout AppState, _ command: Command, now: Date) -> [Effect] {
    switch command {
    case .quit: return [.quit]
    case .help:
        state.overlay = .help
        return []
    case .back:
        if state.stack.count > 1 {
            state.stack.removeLast()
        }
        return []
    case .pathPicker:
        if let index = state.stack.firstIndex(where: { $0.screen == .picker }) {
            state.stack.removeSubrange((index + 1)...)
        } else {
            state.stack = [Page(screen: .picker)]
        }
        return []
    case .bootcamp:
        state.stack.append(Page(screen: .bootcamp))
        return []
    case .chooseForMe:
        state.overlay = .chooser(cursor: 0)
        return []
    case .criteria:
        guard let pathID = currentPathID(state) else { return [] }
        state.stack.append(Page(screen: .criteria(pathID: pathID)))
        return []
    case .up, .down, .pageUp, .pageDown, .first, .last:
        move(&state, command)
        return []
    case .open:
        return open(&state, now: now)
    case .toggle:
        guard let deliverable = selectedDeliverable(state) else { return [] }
        let next: DeliverableState = state.progress.state(of: deliverable.id) == .done ? .todo : .done
        return change(&state, .setState(deliverableID: deliverable.id, next, at: now))
    case .markInProgress, .markSkipped:
        guard let deliverable = selectedDeliverable(state) else { return [] }
        let target: DeliverableState = command == .markSkipped ? .skipped : .inProgress
        let next: DeliverableState = state.progress.state(of: deliverable.id) == target ? .todo : target
        return change(&state, .setState(deliverableID: deliverable.id, next, at: now))
    case .editNote:
        openNoteEditor(&state)
        return []
    case .rate(let rating):
        guard let criterion = selectedCriterion(state) else { return [] }
        let effects = change(&state, .rate(criterionID: criterion.id, rating, note: nil, at: now))
        state.message = .init(text: "Rated \(rating.label). Press n to add evidence.", isError: false)
        return effects
    case .revealAnswer:
        guard case .lesson(let route) = state.page.screen, let document = state.lessonDocuments[route.lessonID] else {
            return []
        }
        state.page.revealedAnswers =
            state.page.revealedAnswers >= document.answerCount ? 0 : state.page.revealedAnswers + 1
        return []
    case .nextLesson, .previousLesson:
        guard case .lesson(var route) = state.page.screen else { return [] }
        let target = route.index + (command == .nextLesson ? 1 : -1)
        guard route.sequence.indices.contains(target) else {
            state.message = .init(
                text: command == .nextLesson ? "This is the last lesson here." : "This is the first lesson here.",
                isError: false)
            return []
        }
        route.index = target
        state.page = Page(screen: .lesson(route))
        return openLessonEffects(&state, route.lessonID, now: now)
    }
}

/// Applies a change in memory at once and asks the runner to save it, with any
/// earlier edits a failed save left behind.
private func change(_ state: inout AppState, _ change: ProgressChange) -> [Effect] {
    state.progress.apply(change)
    state.unsavedChanges.append(change)
    return [.save(state.unsavedChanges)]
}

private func move(_ state: inout AppState, _ command: Command) {
    if case .lesson = state.page.screen {
        let page = state.lessonBodyHeight
        switch command {
        case .up: state.page.scroll -= 1
        case .down: state.page.scroll += 1
        case .pageUp: state.page.scroll -= max(1, page - 1)
        case .pageDown: state.page.scroll += max(1, page - 1)
        case .first: state.page.scroll = 0
        default: state.page.scroll = Int.max / 2
        }
        clampLessonScroll(&state)
        return
    }
    let count = state.itemCount
    guard count > 0 else { return }
    let page = max(1, state.bodyHeight - 4)
    var cursor = state.page.cursor
    switch command {
    case .up: cursor -= 1
    case .down: cursor += 1
    case .pageUp: cursor -= page
    case .pageDown: cursor += page
    case .first: cursor = 0
    default: cursor = count - 1
    }
    state.page.cursor = min(max(0, cursor), count - 1)
}

private func clampLessonScroll(_ state: inout AppState) {
    for index in state.stack.indices {
        guard case .lesson(let route) = state.stack[index].screen else { continue }
        let total = state.lessonLines(route, revealed: state.stack[index].revealedAnswers)?.count ?? 0
        let maximum = max(0, total - state.lessonBodyHeight)
        state.stack[index].scroll = min(max(0, state.stack[index].scroll), maximum)
    }
}

private func open(_ state: inout AppState, now: Date) -> [Effect] {
    let cursor = state.page.cursor
    switch state.page.screen {
    case .picker:
        guard cursor < state.curriculum.paths.count else {
            state.stack.append(Page(screen: .bootcamp))
            return []
        }
        let path = state.curriculum.paths[cursor]
        let effects = change(&state, .start(pathID: path.id, on: state.today, restart: false))
        let phase = AppState.currentPhaseIndex(path, state.progress, state.today)
        state.stack = [state.stack[0], Page(screen: .plan(pathID: path.id), cursor: phase)]
        return effects
    case .bootcamp:
        let steps = state.curriculum.bootcamp.steps
        guard steps.indices.contains(cursor), let first = steps[cursor].lessonIDs.first else { return [] }
        let sequence = state.bootcampSequence
        return push(&state, lesson: first, in: sequence, now: now)
    case .plan(let pathID):
        guard let path = state.path(pathID), path.phases.indices.contains(cursor) else { return [] }
        state.stack.append(Page(screen: .phase(pathID: pathID, phaseIndex: cursor)))
        return []
    case .phase(let pathID, let phaseIndex):
        guard let path = state.path(pathID), path.phases.indices.contains(phaseIndex) else { return [] }
        let items = state.phaseItems(path.phases[phaseIndex])
        guard items.indices.contains(cursor) else { return [] }
        let lessons: [String]
        switch items[cursor] {
        case .activity(let activity): lessons = activity.lessonIDs
        case .deliverable(let deliverable): lessons = deliverable.lessonIDs
        }
        guard let first = lessons.first(where: state.curriculum.lessons.keys.contains) else {
            state.message = .init(text: "No lesson is linked here.", isError: false)
            return []
        }
        let sequence = state.lessonSequences[pathID] ?? state.lessonSequence(of: path)
        state.lessonSequences[pathID] = sequence
        return push(&state, lesson: first, in: sequence, now: now)
    case .criteria, .lesson:
        return []
    }
}

private func push(_ state: inout AppState, lesson id: String, in sequence: [String], now: Date) -> [Effect] {
    let list = sequence.contains(id) ? sequence : [id]
    let route = LessonRoute(sequence: list, index: list.firstIndex(of: id) ?? 0)
    state.stack.append(Page(screen: .lesson(route)))
    return openLessonEffects(&state, id, now: now)
}

/// Loads the body if needed and records the lesson as read.
private func openLessonEffects(_ state: inout AppState, _ id: String, now: Date) -> [Effect] {
    var effects: [Effect] = []
    if state.lessonDocuments[id] == nil { effects.append(.loadLesson(id)) }
    if state.progress.lessonsRead[id] == nil {
        effects += change(&state, .markRead(lessonID: id, at: now))
    }
    return effects
}

// MARK: - Selection helpers

private func currentPathID(_ state: AppState) -> String? {
    for page in state.stack.reversed() {
        switch page.screen {
        case .plan(let id), .phase(let id, _), .criteria(let id): return id
        default: continue
        }
    }
    return state.progress.activePath
}

func selectedDeliverable(_ state: AppState) -> Deliverable? {
    guard case .phase(let pathID, let phaseIndex) = state.page.screen, let path = state.path(pathID),
        path.phases.indices.contains(phaseIndex)
    else { return nil }
    let items = state.phaseItems(path.phases[phaseIndex])
    guard items.indices.contains(state.page.cursor), case .deliverable(let deliverable) = items[state.page.cursor]
    else {
        return nil
    }
    return deliverable
}

func selectedCriterion(_ state: AppState) -> SuccessCriterion? {
    guard case .criteria(let pathID) = state.page.screen, let path = state.path(pathID),
        path.successCriteria.indices.contains(state.page.cursor)
    else { return nil }
    return path.successCriteria[state.page.cursor]
}

// MARK: - Overlays

private func openNoteEditor(_ state: inout AppState) {
    if let deliverable = selectedDeliverable(state) {
        let note = state.progress.deliverables[deliverable.id]?.note ?? ""
        state.overlay = .textInput(
            TextInput(target: .deliverableNote(deliverable.id), prompt: "Note on \(deliverable.title)", text: note))
    } else if let criterion = selectedCriterion(state) {
        let latest = state.progress.criteria[criterion.id]?.ratings.last
        state.overlay = .textInput(
            TextInput(
                target: .criterionEvidence(criterion.id, latest?.rating ?? .notYet),
                prompt: "Evidence for “\(criterion.text)”", text: latest?.note ?? ""))
    } else {
        state.message = .init(text: "Select a deliverable to add a note.", isError: false)
    }
}

private func handleOverlay(_ state: inout AppState, _ overlay: Overlay, _ key: Key, now: Date) -> [Effect] {
    switch overlay {
    case .help:
        if key == .character("q") { return [.quit] }
        state.overlay = nil
        return []
    case .chooser(let cursor):
        let profiles = state.curriculum.guidance.pathSelector
        switch key {
        case .up, .character("k"): state.overlay = .chooser(cursor: max(0, cursor - 1))
        case .down, .character("j"): state.overlay = .chooser(cursor: min(max(0, profiles.count - 1), cursor + 1))
        case .enter, .right, .character("l"):
            state.overlay = nil
            guard profiles.indices.contains(cursor) else { return [] }
            let pathID = profiles[cursor].pathID
            state.recommendedPathID = pathID
            if let index = state.curriculum.paths.firstIndex(where: { $0.id == pathID }) {
                state.page.cursor = index
                state.message = .init(
                    text: "Recommended for you: \(state.curriculum.paths[index].title). Enter starts it.",
                    isError: false)
            }
        case .character("q"): return [.quit]
        default:
            if KeyBindings.command(for: key, on: .picker) == .back { state.overlay = nil }
        }
        return []
    case .textInput(var input):
        switch key {
        case .escape:
            state.overlay = nil
            state.message = .init(text: "Note not changed.", isError: false)
            return []
        case .enter:
            state.overlay = nil
            switch input.target {
            case .deliverableNote(let id):
                return change(&state, .setNote(deliverableID: id, input.text, at: now))
            case .criterionEvidence(let id, let rating):
                return change(&state, .rate(criterionID: id, rating, note: input.text, at: now))
            }
        case .backspace:
            if !input.text.isEmpty { input.text.removeLast() }
        case .control("u"):
            input.text = ""
        case .character(let character):
            if input.text.count < 500 { input.text.append(character) }
        case .tab:
            input.text.append(" ")
        default:
            break
        }
        state.overlay = .textInput(input)
        return []
    }
}
