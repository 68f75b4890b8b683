import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Runs the app: draw the state, wait for an event, pass it through `update`,
/// carry out the effects it asks for (saving, reading a lesson), repeat.
public struct InteractiveSession {
    public let curriculum: Curriculum
    public let store: ProgressStore
    /// How `S` syncs; nil: no sync key.
    public let syncHook: SyncHook?
    /// A sync's result, from its thread to the loop.
    private let syncResult = SyncMailbox()

    public init(curriculum: Curriculum, store: ProgressStore, sync: SyncHook? = nil) {
        self.curriculum = curriculum
        self.store = store
        self.syncHook = sync
    }

    /// How the session ended: the exit status (0 on quit, 128 + N after signal N),
    /// and a sentence for the shell once the terminal is restored, if any.
    public struct Ending: Sendable {
        public var status: Int32
        public var farewell: String?
    }

    /// `notice`: a sentence for the message line of the first frame (the progress
    /// file was copied to its new place, say).
    public func run(progress: LearnerProgress, on terminal: any Terminal, notice: String? = nil) -> Ending {
        var state = AppState(
            curriculum: curriculum, progress: progress, today: .today(), timeZone: .system, width: terminal.width,
            height: terminal.height)
        if let notice { state.message = .init(text: notice, isError: false) }
        if let syncHook { state.app.sync = SyncState(remote: syncHook.remote(), lastSynced: syncHook.lastSynced()) }
        var timer = StudyTimer()
        loadReviewDeckIfStale(&state)
        terminal.draw(ScreenRenderer.render(state))
        while true {
            guard let event = terminal.nextEvent(timeout: 200) else {
                // Idle: see whether another terminal or a sync changed the file.
                var changed = false
                if let fresh = try? store.reloadIfChanged() {
                    var ignored: [ProgressChange]?
                    _ = dispatch(.changedOnDisk(fresh), to: &state, deferringSave: &ignored)
                    changed = true
                }
                if deliverSyncResult(to: &state) || changed { terminal.draw(ScreenRenderer.render(state)) }
                continue
            }
            let action: Action
            switch event {
            case .signal(let number):
                let farewell = rescueUnsavedEdits(state)
                terminal.shutdown()
                return Ending(status: 128 + number, farewell: farewell)
            case .key(let key): action = .key(key)
            case .resize(let width, let height): action = .resize(width: width, height: height)
            }
            var pendingSave: [ProgressChange]?
            let now = Date()
            if dispatch(action, to: &state, deferringSave: &pendingSave) {
                // Quitting ends the count: its minutes go with the last save.
                if let entry = timer.stop(at: now, zone: .system) {
                    _ = dispatch(.studied(entry), to: &state, deferringSave: &pendingSave)
                }
                return finish(state, pendingSave: pendingSave, on: terminal)
            }
            if case .key = action,
                let entry = timer.key(at: now, on: state.screen.studySource, zone: .system),
                dispatch(.studied(entry), to: &state, deferringSave: &pendingSave)
            {
                return finish(state, pendingSave: pendingSave, on: terminal)
            }
            loadReviewDeckIfStale(&state)
            // A sync that ended while keys kept coming is shown now, not at the next pause.
            _ = deliverSyncResult(to: &state)
            terminal.draw(ScreenRenderer.render(state))
            // Save once the frame is on screen: the learner sees the tick at once
            // and the fsyncs happen while they read it. The next key waits for them.
            while let changes = pendingSave {
                pendingSave = nil
                if dispatch(save(changes), to: &state, deferringSave: &pendingSave) {
                    return finish(state, pendingSave: pendingSave, on: terminal)
                }
                terminal.draw(ScreenRenderer.render(state))
            }
        }
    }

    /// Runs the sync on a thread of its own: git may wait on the network for long,
    /// and the loop must keep reading keys. The result waits in the mailbox.
    private func startSync() {
        guard let syncHook else { return }
        let mailbox = syncResult
        Thread.detachNewThread {
            let result = syncHook.run()
            mailbox.post(
                .syncFinished(
                    message: result.message, failed: result.failed, lastSynced: syncHook.lastSynced(),
                    remote: syncHook.remote()))
        }
    }

    /// Quitting during a sync lets it finish first (for up to half a minute): git
    /// left running after Waymark exits would outlive the sync's lock.
    private func awaitSync(_ state: AppState, on terminal: any Terminal) {
        var shown = state
        shown.message = .init(text: "Finishing the sync before quitting…", isError: false)
        terminal.draw(ScreenRenderer.render(shown))
        let deadline = Date().addingTimeInterval(30)
        while syncResult.take() == nil, Date() < deadline {
            if case .signal = terminal.nextEvent(timeout: 100) { return }
        }
    }

    /// The finished sync's result, if one came: the file it may have changed is read
    /// first, so the sync's own line is the message left on screen. True when the
    /// state changed.
    private func deliverSyncResult(to state: inout AppState) -> Bool {
        guard let finished = syncResult.take() else { return false }
        var ignored: [ProgressChange]?
        if let fresh = try? store.reloadIfChanged() {
            _ = dispatch(.changedOnDisk(fresh), to: &state, deferringSave: &ignored)
        }
        _ = dispatch(finished, to: &state, deferringSave: &ignored)
        return true
    }

    /// Today counts the review cards of the lessons read; reading them is I/O, so it
    /// happens here, when Today is on top and the lessons read changed since.
    private func loadReviewDeckIfStale(_ state: inout AppState) {
        guard case .today = state.screen else { return }
        let read = state.progress.lessonsRead
        guard state.app.reviewDeck == nil || state.app.reviewDeckLessons != read.count else { return }
        _ = update(&state, .reviewDeckLoaded(ReviewCard.deck(of: curriculum, readLessons: read)))
    }

    /// Quitting: a last save if one was pending, then the terminal restored.
    private func finish(_ state: AppState, pendingSave: [ProgressChange]?, on terminal: any Terminal) -> Ending {
        if state.app.sync?.isRunning == true { awaitSync(state, on: terminal) }
        if let changes = pendingSave, case .saveFailed = save(changes) {
            let farewell = rescueUnsavedEdits(state)
            terminal.shutdown()
            return Ending(status: 0, farewell: farewell)
        }
        terminal.shutdown()
        return Ending(status: 0, farewell: state.sideFile.map { "Your unsaved edits are in \($0)." })
    }

    /// A signal or a failed last save with edits not on disk: one more save, and
    /// failing that, a file of their own, so that ending never loses them.
    private func rescueUnsavedEdits(_ state: AppState) -> String? {
        guard state.hasUnsavedEdits else { return nil }
        if case .saved = save(state.unsavedChanges) { return nil }
        switch writeSideFile(state) {
        case .sideFileWritten(let path):
            return "Progress could not be saved; your unsaved edits are in \(path)."
        default:
            return "Progress could not be saved, and \(state.unsavedChanges.count) edits were lost."
        }
    }

    /// Applies `changes` to the file; the outcome is the action `update` hears.
    func save(_ changes: [ProgressChange]) -> Action {
        do {
            return .saved(try store.apply(changes))
        } catch {
            return .saveFailed(error.description)
        }
    }

    func writeSideFile(_ state: AppState) -> Action {
        do {
            return .sideFileWritten(try store.writeSideFile(applying: state.unsavedChanges).path)
        } catch {
            return .sideFileFailed(error.description)
        }
    }

    /// Updates the state with `action` and everything its effects lead to, except
    /// the save, which is left in `pendingSave` for after the next draw. Returns true
    /// when the app should end.
    func dispatch(_ action: Action, to state: inout AppState, deferringSave pendingSave: inout [ProgressChange]?)
        -> Bool
    {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in update(&state, next, now: Date()) {
                switch effect {
                case .quit:
                    return true
                case .save(let changes):
                    // Each save carries every unsaved change, so only the newest matters.
                    pendingSave = changes
                case .retrySave:
                    pendingSave = state.unsavedChanges
                case .writeSideFile:
                    queue.append(writeSideFile(state))
                case .buildSearchIndex:
                    queue.append(.searchIndexBuilt(SearchIndex(curriculum: curriculum)))
                case .loadLesson(let id):
                    do {
                        queue.append(.lessonLoaded(id: id, markdown: try curriculum.lessonBody(id: id)))
                    } catch {
                        queue.append(.lessonFailed(id: id, message: "\(error)"))
                    }
                case .loadReviewDeck:
                    queue.append(
                        .reviewDeckLoaded(ReviewCard.deck(of: curriculum, readLessons: state.app.progress.lessonsRead)))
                case .sync:
                    startSync()
                case .loadDocument(let file):
                    do {
                        queue.append(.documentLoaded(file: file, markdown: try curriculum.body(ofFile: file)))
                    } catch {
                        queue.append(.documentFailed(file: file, message: "\(error)"))
                    }
                }
            }
        }
        return false
    }
}
