import Foundation
import WaymarkCurriculum

/// Moving the rest of a plan later when the learner is behind: the first phase not
/// yet resolved, and every phase after it, shift so that phase starts in the
/// current week (or the week of a chosen day). The start date never moves, so the
/// weeks already lived stay where they were. Going past the path's maximum
/// duration is allowed, with a warning: the learner decides whether to finish late
/// or to skip deliverables.
public enum Replanning {
    /// What a re-plan would do, before it is saved.
    public struct Proposal: Sendable, Equatable {
        public var replan: Replan
        public var phase: Phase
        /// The phase's first week now, and after the re-plan.
        public var fromWeek: Int
        public var toWeek: Int
        public var newEndWeek: Int
        public var maximumWeeks: Int

        public var passesMaximum: Bool { newEndWeek > maximumWeeks }

        /// "Moved Phase 2 (Foundations) 2 weeks later: it now starts in week 5; the plan ends in week 14."
        public var summary: String {
            let weeks = replan.weeks == 1 ? "1 week" : "\(replan.weeks) weeks"
            return "Moved \(phase.focus) and every later phase \(weeks) later: it now starts in week \(toWeek); "
                + "the plan ends in week \(newEndWeek)."
        }

        /// Set when the new plan runs past the path's longest duration.
        public var warning: String? {
            passesMaximum
                ? "Warning: the new plan ends in week \(newEndWeek), past this path's maximum of "
                    + "\(maximumWeeks) weeks. Skip a deliverable or two to catch up."
                : nil
        }
    }

    /// Why nothing was moved.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case notStarted(pathTitle: String)
        case onTrack
        case nothingLeft

        public var description: String {
            switch self {
            case .notStarted(let title): return "\(title) is not started, so it has no plan to move yet."
            case .onTrack: return "You are on track: nothing to move."
            case .nothingLeft: return "Every phase is resolved: nothing to move."
            }
        }
    }

    /// `path` is the curriculum's. `from` picks the week the first unresolved phase
    /// should start in; nil is the week of `today`.
    public static func propose(
        path: LearningPath, progress: LearnerProgress, today: Day, from: Day? = nil, at: Date
    ) -> Result<Proposal, Refusal> {
        guard let start = progress.paths[path.id]?.startedOn else {
            return .failure(.notStarted(pathTitle: path.title))
        }
        let standing = PathStanding(path: path, progress: progress, today: today)
        guard case .behind = standing.pace else { return .failure(.onTrack) }
        guard let phase = standing.phases.first(where: { !$0.isResolved })?.phase else {
            return .failure(.nothingLeft)
        }
        let days = start.days(until: from ?? today)
        let targetWeek = days >= 0 ? days / 7 + 1 : 1
        let weeks = targetWeek - phase.weeks.first
        guard weeks > 0 else { return .failure(.onTrack) }
        let replan = Replan(at: at, fromPhase: phase.id, weeks: weeks)
        let moved = standing.path.replanned(by: [replan])
        return .success(
            Proposal(
                replan: replan, phase: phase, fromWeek: phase.weeks.first, toWeek: targetWeek,
                newEndWeek: moved.plannedEndWeek, maximumWeeks: path.durationWeeks.last))
    }
}
