import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Runs the app: draw the state, wait for an event, pass it through `update`,
/// carry out the effects it asks for (saving, reading a lesson), repeat.
public struct InteractiveSession {
    public let curriculum: Curriculum
    public let store: ProgressStore

    public init(curriculum: Curriculum, store: ProgressStore) {
        self.curriculum = curriculum
        self.store = store
    }

    /// Returns the process exit status: 0 on quit, 128 + N after signal N.
    public func run(progress: LearnerProgress, on terminal: any Terminal) -> Int32 {
        var state = AppState(
            curriculum: curriculum, progress: progress, today: .today(), timeZone: .system, width: terminal.width,
            height: terminal.height)
        terminal.draw(ScreenRenderer.render(state))
        while true {
            guard let event = terminal.nextEvent(timeout: 200) else { continue }
            let action: Action
            switch event {
            case .signal(let number):
                // Every change was saved when it was made: restoring the terminal is all that is left.
                terminal.shutdown()
                return 128 + number
            case .key(let key): action = .key(key)
            case .resize(let width, let height): action = .resize(width: width, height: height)
            }
            var pendingSave: [ProgressChange]?
            if dispatch(action, to: &state, deferringSave: &pendingSave) {
                if let changes = pendingSave { _ = save(changes) }
                terminal.shutdown()
                return 0
            }
            terminal.draw(ScreenRenderer.render(state))
            // Save once the frame is on screen: the learner sees the tick at once
            // and the fsyncs happen while they read it. The next key waits for them.
            while let changes = pendingSave {
                pendingSave = nil
                if dispatch(save(changes), to: &state, deferringSave: &pendingSave) {
                    terminal.shutdown()
                    return 0
                }
                terminal.draw(ScreenRenderer.render(state))
            }
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
                case .loadLesson(let id):
                    do {
                        queue.append(.lessonLoaded(id: id, markdown: try curriculum.lessonBody(id: id)))
                    } catch {
                        queue.append(.lessonFailed(id: id, message: "\(error)"))
                    }
                }
            }
        }
        return false
    }
}
