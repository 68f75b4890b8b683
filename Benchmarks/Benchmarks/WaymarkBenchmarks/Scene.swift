import Foundation
import LargeCurriculum
import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

/// Builds the app states the benchmarks render and update, the way
/// Tests/WaymarkTUITests build theirs: a learner who started a path nine days ago
/// and has done a little, then keys fed through `update`.
enum Scene {
    static let today = Day("2026-11-21")!
    static let now = Date(timeIntervalSince1970: 1_795_300_000)

    /// The screens a learner sees, as the keys that reach each from the path plan.
    static let screens: [(name: String, keys: [Key])] = [
        ("path picker", [.character("p")]),
        ("path plan", []),
        ("phase", [.enter]),
        // An activity of several lessons opens a chooser first.
        ("lesson", [.enter, .enter, .enter]),
        ("success criteria", [.character("c")]),
        ("help overlay", [.enter, .character("?")]),
    ]

    static let sizes = [(width: 80, height: 24), (width: 200, height: 60)]

    /// A learner on `pathID`, nine days in, with one deliverable done, one in
    /// progress, a rating and a lesson read, plus every change in `extra`.
    static func learner(
        _ curriculum: Curriculum, pathID: String, width: Int, height: Int, extra: [ProgressChange] = []
    ) -> AppState {
        var progress = LearnerProgress()
        progress.apply(.start(pathID: pathID, on: today.adding(days: -9), restart: true))
        if let path = curriculum.path(id: pathID) {
            let deliverables = path.deliverables
            if let first = deliverables.first {
                progress.apply(.setState(deliverableID: first.id, .done, at: now))
                progress.apply(.setNote(deliverableID: first.id, "Seven pages — 法 ✓ 🚀", at: now))
            }
            if deliverables.count > 1 {
                progress.apply(.setState(deliverableID: deliverables[1].id, .inProgress, at: now))
            }
            if let criterion = path.successCriteria.first {
                progress.apply(.rate(criterionID: criterion.id, .partly, note: "a first attempt", at: now))
            }
            if let lesson = path.phases.first?.activities.first?.lessonIDs.first {
                progress.apply(.markRead(lessonID: lesson, at: now))
            }
        }
        for change in extra { progress.apply(change) }
        var state = AppState(
            curriculum: curriculum, progress: progress, today: today, timeZone: .utc, width: width,
            height: height)
        // A started path opens on Today; the screens are reached from the plan under it.
        if case .today = state.screen { state.stack.removeLast() }
        return state
    }

    /// Feeds `keys` through `update`, answering lesson loads as the runner would.
    static func press(_ keys: [Key], on state: inout AppState) throws {
        for key in keys {
            for case .loadLesson(let id) in update(&state, .key(key), now: now) {
                let markdown = try state.app.curriculum.lessonBody(id: id)
                _ = update(&state, .lessonLoaded(id: id, markdown: markdown), now: now)
            }
        }
    }

    /// Half of all deliverables done: a progress file as large as the curriculum allows.
    static func halfDone(_ curriculum: Curriculum) -> [ProgressChange] {
        curriculum.allDeliverableIDs.enumerated().compactMap { offset, id in
            offset.isMultiple(of: 2) ? .setState(deliverableID: id, .done, at: now) : nil
        }
    }
}
