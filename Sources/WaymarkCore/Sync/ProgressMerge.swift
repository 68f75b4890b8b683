import Foundation

/// Merges two copies of progress that grew apart on two machines since a common
/// version (git's merge base), losing nothing either holds: `waymark
/// merge-progress`, git's merge driver for the file, reads the three files and
/// writes what this returns.
///
/// Every rule is a join: the result does not depend on which side is "ours",
/// merging three copies in either grouping gives the same progress (except the
/// revision, a count of saves), and merging a copy with itself gives it back.
/// No entry of either side is dropped, so a deletion made on one machine (an
/// unmarked lesson, a rating taken back) returns when the other still has it;
/// the one exception is a path's re-plans, which belong to its start date.
/// Each rule is told where it is applied, below.
public enum ProgressMerge {
    /// `base` nil (git's add/add) merges as from empty progress: whatever either
    /// side holds counts as its own change; a deliverable's state is measured
    /// against todo, what Waymark shows for one never touched.
    public static func merge(base: LearnerProgress?, ours: LearnerProgress, theirs: LearnerProgress)
        -> LearnerProgress
    {
        if ours == theirs { return ours }
        let base = base ?? LearnerProgress()
        // Every field is set below; starting from ours, a field added later without
        // a rule here would at least keep one side's value, never none.
        var merged = ours
        merged.schemaVersion = LearnerProgress.currentSchemaVersion
        merged.activePath = ThreeWayValue.pick(
            base: .some(base.activePath), ours.activePath, theirs.activePath, precedes: activePathPrecedes)
        merged.paths = entries(base.paths, ours.paths, theirs.paths, merge: path)
        merged.deliverables = entries(base.deliverables, ours.deliverables, theirs.deliverables, merge: deliverable)
        merged.criteria = entries(base.criteria, ours.criteria, theirs.criteria, merge: criterion)
        // Read on both machines: first read at the earlier time.
        merged.lessonsRead = entries([:], ours.lessonsRead, theirs.lessonsRead) { _, mine, other in min(mine, other) }
        // Logs of what happened: the union, each entry once (see `MergedLog`).
        merged.reviews = MergedLog.union(ours.reviews, theirs.reviews, base: base.reviews, at: \.at)
        merged.studyLog = MergedLog.union(ours.studyLog, theirs.studyLog, base: base.studyLog, at: \.at)
        merged.steps = entries(base.steps, ours.steps, theirs.steps, merge: step)
        merged.onboarding = optional(base.onboarding, ours.onboarding, theirs.onboarding, merge: onboarding)
        // Where the reader was: the side that moved; both moved, the furthest line.
        merged.lessonPositions = entries(base.lessonPositions, ours.lessonPositions, theirs.lessonPositions) {
            base, mine, other in ThreeWayValue.pick(base: base, mine, other, precedes: <)
        }
        merged.journal = MergedLog.union(ours.journal, theirs.journal, base: base.journal, at: \.at)
        merged.unknownFields = .merged(base: base.unknownFields, ours.unknownFields, theirs.unknownFields)
        merged.revision = revision(of: merged, ours, theirs)
        return merged
    }

    /// The larger revision when the result is that side's progress as it stands
    /// (nothing new to tell an instance holding it), else one more: a running
    /// Waymark that holds either side sees that the file moved on, as after
    /// another instance's save.
    static func revision(of merged: LearnerProgress, _ ours: LearnerProgress, _ theirs: LearnerProgress) -> Int {
        let larger = max(ours.revision, theirs.revision)
        var unchanged = merged
        unchanged.revision = larger
        if (ours.revision == larger && unchanged == ours) || (theirs.revision == larger && unchanged == theirs) {
            return larger
        }
        return min(larger + 1, LearnerProgress.maximumRevision)
    }

    // MARK: - Collections

    /// Every key of either side; a key on both is merged with the base's entry
    /// under it, if any. A key on one side only is that side's entry as it is.
    static func entries<Value>(
        _ base: [String: Value], _ ours: [String: Value], _ theirs: [String: Value],
        merge: (Value?, Value, Value) -> Value
    ) -> [String: Value] {
        var merged = ours
        for (key, other) in theirs {
            merged[key] = ours[key].map { merge(base[key], $0, other) } ?? other
        }
        return merged
    }

    /// A record either side may lack (the onboarding answers): one side's as it is,
    /// or both merged.
    static func optional<Value>(
        _ base: Value?, _ ours: Value?, _ theirs: Value?, merge: (Value?, Value, Value) -> Value
    ) -> Value? {
        guard let ours else { return theirs }
        guard let theirs else { return ours }
        return merge(base, ours, theirs)
    }

    // MARK: - Records

    /// Two machines each switched to a different path: the one first in UTF-8
    /// order of ids (no path wins over none). Only the choice is at stake: every
    /// path keeps its progress either way.
    static func activePathPrecedes(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs else { return true }
        guard let rhs else { return false }
        return rhs.utf8.lexicographicallyPrecedes(lhs.utf8)
    }

    /// The start date a side changed (a restart) wins; when both changed it, or the
    /// path is new on both, the earlier day: the plan counts from when the learner
    /// first began. Re-plans go with their start date: the union when both sides
    /// have the same one, else the winning side's. A restart clears the re-plans,
    /// which moved phases of the plan as it was, and the other machine's copy of
    /// them must not move the new one.
    static func path(base: PathProgress?, _ ours: PathProgress, _ theirs: PathProgress) -> PathProgress {
        if ours == theirs { return ours }
        var merged = ours
        merged.startedOn = ThreeWayValue.pick(base: base?.startedOn, ours.startedOn, theirs.startedOn, precedes: >)
        merged.replans =
            switch (ours.startedOn == merged.startedOn, theirs.startedOn == merged.startedOn) {
            case (true, false): ours.replans
            case (false, true): theirs.replans
            default: MergedLog.union(ours.replans, theirs.replans, base: base?.replans, at: \.at)
            }
        merged.unknownFields = .merged(base: base?.unknownFields, ours.unknownFields, theirs.unknownFields)
        return merged
    }

    /// The state is the latest change by `changedAt`. A side whose state differs
    /// from the base's (todo, for a deliverable the base lacks) wins over one that
    /// only moved `changedAt`, as editing a note does, which wins over one that
    /// left both as they were. The note is merged on its own (see `MergedNote`).
    static func deliverable(
        base: DeliverableProgress?, _ ours: DeliverableProgress, _ theirs: DeliverableProgress
    ) -> DeliverableProgress {
        if ours == theirs { return ours }
        let baseChange = base.map(StateChange.init)
        let baseState = base?.state ?? .todo
        let state = ThreeWayValue.pick(
            StateChange(ours), StateChange(theirs),
            change: { $0.state != baseState ? 2 : $0 != baseChange ? 1 : 0 }, precedes: StateChange.precedes)
        var merged = ours
        merged.state = state.state
        merged.changedAt = state.changedAt
        merged.note = MergedNote.merge(base: base?.note, ours: ours.note, theirs: theirs.note)
        merged.unknownFields = .merged(base: base?.unknownFields, ours.unknownFields, theirs.unknownFields)
        return merged
    }

    /// A state and when it was set, compared as one value.
    struct StateChange: Equatable {
        var state: DeliverableState
        var changedAt: Date

        init(_ deliverable: DeliverableProgress) {
            state = deliverable.state
            changedAt = deliverable.changedAt
        }

        /// By time; at the same second the further along wins (done, skipped, in
        /// progress, todo), as a ticked step does.
        static func precedes(_ lhs: Self, _ rhs: Self) -> Bool {
            guard lhs.changedAt == rhs.changedAt else { return lhs.changedAt < rhs.changedAt }
            return rank(lhs.state) < rank(rhs.state)
        }

        private static func rank(_ state: DeliverableState) -> Int {
            switch state {
            case .todo: 0
            case .inProgress: 1
            case .skipped: 2
            case .done: 3
            }
        }
    }

    /// The latest tick or untick, by `changedAt` (a side that left the step as the
    /// base had it gives way); at the same second, done.
    static func step(base: StepProgress?, _ ours: StepProgress, _ theirs: StepProgress) -> StepProgress {
        if ours == theirs { return ours }
        func tick(_ step: StepProgress) -> StepProgress {
            StepProgress(done: step.done, changedAt: step.changedAt)
        }
        let baseTick = base.map(tick)
        let winner = ThreeWayValue.pick(base: baseTick, tick(ours), tick(theirs)) { lhs, rhs in
            lhs.changedAt != rhs.changedAt ? lhs.changedAt < rhs.changedAt : !lhs.done && rhs.done
        }
        var merged = winner
        merged.unknownFields = .merged(base: base?.unknownFields, ours.unknownFields, theirs.unknownFields)
        return merged
    }

    /// Ratings: the union (see `MergedLog`), a rating on both sides with its
    /// evidence merged as a note.
    static func criterion(
        base: CriterionProgress?, _ ours: CriterionProgress, _ theirs: CriterionProgress
    ) -> CriterionProgress {
        if ours == theirs { return ours }
        let identity = { (rating: Rating) in (rating.at, Array(rating.rating.rawValue.utf8)) }
        let baseRatings = Dictionary(
            MergedLog.identified(base?.ratings ?? [], by: identity), uniquingKeysWith: { first, _ in first })
        var merged = ours
        merged.ratings = MergedLog.union(ours.ratings, theirs.ratings, base: base?.ratings, by: identity) {
            identity, mine, other in
            let base = baseRatings[identity]
            var rating = mine
            rating.note = MergedNote.merge(base: base?.note, ours: mine.note, theirs: other.note)
            rating.unknownFields = .merged(base: base?.unknownFields, mine.unknownFields, other.unknownFields)
            return rating
        }
        merged.unknownFields = .merged(base: base?.unknownFields, ours.unknownFields, theirs.unknownFields)
        return merged
    }

    /// Per prerequisite, the answer a side changed; both changed, "not yet" (the
    /// plan then keeps the prerequisite reading in view). The weekly goal a side
    /// changed; both changed, the larger. Finished: the earlier time. The Predict
    /// prompt setting a side changed; both changed, off (it is turned off on purpose).
    static func onboarding(base: Onboarding?, _ ours: Onboarding, _ theirs: Onboarding) -> Onboarding {
        if ours == theirs { return ours }
        var merged = ours
        for topic in Set(ours.prerequisites.keys).union(theirs.prerequisites.keys) {
            merged.prerequisites[topic] = ThreeWayValue.pick(
                base: .some(base?.prerequisites[topic]), ours.prerequisites[topic], theirs.prerequisites[topic]
            ) { lhs, rhs in answerRank(lhs) < answerRank(rhs) }
        }
        merged.weeklyGoalMinutes = ThreeWayValue.pick(
            base: .some(base?.weeklyGoalMinutes), ours.weeklyGoalMinutes, theirs.weeklyGoalMinutes
        ) { lhs, rhs in
            guard let lhs else { return true }
            return rhs.map { lhs < $0 } ?? false
        }
        merged.completedAt = [ours.completedAt, theirs.completedAt].compactMap { $0 }.min()
        merged.predictPrompts = ThreeWayValue.pick(
            base: .some(base?.predictPrompts), ours.predictPrompts, theirs.predictPrompts
        ) { lhs, rhs in predictRank(lhs) < predictRank(rhs) }
        merged.unknownFields = .merged(base: base?.unknownFields, ours.unknownFields, theirs.unknownFields)
        return merged
    }

    private static func predictRank(_ setting: Bool?) -> Int {
        switch setting {
        case nil: 0
        case true?: 1
        case false?: 2
        }
    }

    private static func answerRank(_ answer: Onboarding.Answer?) -> Int {
        switch answer {
        case nil: 0
        case .have: 1
        case .notYet: 2
        }
    }
}
