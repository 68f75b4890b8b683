import WaymarkCurriculum

/// The quick-start checklist with ticks worked out from progress, never ticked by
/// hand. The course's items are read in order against four checks: the
/// prerequisites answered, a path started, a weekly goal set, the Bootcamp's first
/// lesson read. An item past the fourth has nothing to check, so it stays open.
public enum QuickStart {
    /// One item of the checklist.
    public struct Item: Sendable, Equatable, Encodable {
        public var text: String
        public var done: Bool
    }

    public static func items(of curriculum: Curriculum, progress: LearnerProgress) -> [Item] {
        let checks = [
            prerequisitesAnswered(curriculum, progress),
            !progress.paths.isEmpty,
            progress.onboarding?.weeklyGoalMinutes != nil,
            curriculum.bootcamp.steps.first?.lessonIDs.first.map { progress.lessonsRead[$0] != nil } ?? false,
        ]
        return curriculum.guidance.quickStart.enumerated().map { offset, text in
            Item(text: text, done: offset < checks.count && checks[offset])
        }
    }

    /// Every essential prerequisite has an answer; a course with none counts it
    /// done once the onboarding was finished or skipped.
    static func prerequisitesAnswered(_ curriculum: Curriculum, _ progress: LearnerProgress) -> Bool {
        let essential = curriculum.guidance.essentialPrerequisites
        guard !essential.isEmpty else { return progress.onboarding?.completedAt != nil }
        let answers = progress.onboarding?.prerequisites ?? [:]
        return essential.allSatisfy { answers[$0.topic] != nil }
    }
}
