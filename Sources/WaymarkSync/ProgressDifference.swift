import WaymarkCore

/// How many entries differ between two versions of progress: a deliverable, a
/// criterion, a lesson read, a step, a reading position, a path, each counts once;
/// the logs (reviews, study time, journal) count the entries one has over the other.
/// Only for the sync's summary line, so an approximation of the logs is enough.
enum ProgressDifference {
    static func count(_ old: LearnerProgress, _ new: LearnerProgress) -> Int {
        var total = 0
        total += changedKeys(old.paths, new.paths)
        total += changedKeys(old.deliverables, new.deliverables)
        total += changedKeys(old.criteria, new.criteria)
        total += changedKeys(old.lessonsRead, new.lessonsRead)
        total += changedKeys(old.steps, new.steps)
        total += changedKeys(old.lessonPositions, new.lessonPositions)
        total += abs(old.reviews.count - new.reviews.count)
        total += abs(old.studyLog.count - new.studyLog.count)
        total += abs(old.journal.count - new.journal.count)
        if old.activePath != new.activePath { total += 1 }
        if old.onboarding != new.onboarding { total += 1 }
        return total
    }

    private static func changedKeys<Value: Equatable>(_ old: [String: Value], _ new: [String: Value]) -> Int {
        Set(old.keys).union(new.keys).count { old[$0] != new[$0] }
    }
}
