import WaymarkCurriculum

/// The course's warning about skipping the fundamentals, put where it applies:
/// under a path's fundamentals phase once one of its deliverables is skipped.
///
/// A path's fundamentals are its first phase. Every path in the course opens on
/// the laws (Core Laws, Laws Speed Run, Advanced Framework, Strategic Overview)
/// and the pitfall's own advice is to go back to them; a phase's focus names
/// differ by audience, so position is the one signal all four share. The pitfall
/// is the course's one whose mistake mentions the fundamentals; a course without
/// such a pitfall shows nothing.
public enum FundamentalsPitfall {
    /// Whether `phase` holds `path`'s fundamentals.
    public static func isFundamentals(_ phase: Phase, of path: LearningPath) -> Bool {
        path.phases.first?.id == phase.id
    }

    /// The pitfall to show under `phase`, if the learner skipped a deliverable of it
    /// and it is the path's fundamentals.
    public static func pitfall(
        for phase: Phase, of path: LearningPath, in curriculum: Curriculum, progress: LearnerProgress
    ) -> Pitfall? {
        guard isFundamentals(phase, of: path),
            phase.deliverables.contains(where: { progress.deliverables[$0.id]?.state == .skipped })
        else { return nil }
        return curriculum.guidance.pitfalls.first { $0.mistake.lowercased().contains("fundamental") }
    }
}
