import WaymarkCurriculum

extension LearningPath {
    /// The plan as it stands after the learner's re-plans: each `Replan` moves its
    /// `fromPhase` and every later phase `weeks` later, in the order they were made.
    /// A re-plan naming a phase this curriculum no longer has moves nothing, so an
    /// edited course never shifts the wrong phase. `durationWeeks` stays the
    /// curriculum's own: it is the limit a re-plan is measured against.
    public func replanned(by replans: [Replan]) -> LearningPath {
        var result = self
        for replan in replans where replan.weeks != 0 {
            guard let from = result.phases.firstIndex(where: { $0.id == replan.fromPhase }) else { continue }
            for index in from..<result.phases.count {
                result.phases[index].weeks = WeekRange(
                    result.phases[index].weeks.first + replan.weeks, result.phases[index].weeks.last + replan.weeks)
            }
        }
        return result
    }

    /// The current plan for this learner: the curriculum's, shifted by every re-plan.
    public func effectivePlan(in progress: LearnerProgress) -> LearningPath {
        replanned(by: progress.paths[id]?.replans ?? [])
    }

    /// The last week of the plan as it stands.
    public var plannedEndWeek: Int { phases.map(\.weeks.last).max() ?? 0 }
}

extension Curriculum {
    /// A deliverable step by its id, with where it sits.
    public func step(id: String) -> (path: LearningPath, deliverable: Deliverable, step: DeliverableStep)? {
        for path in paths {
            for deliverable in path.deliverables {
                if let step = deliverable.steps.first(where: { $0.id == id }) { return (path, deliverable, step) }
            }
        }
        return nil
    }

    /// Every deliverable step id, in plan order.
    public var allStepIDs: [String] { paths.flatMap(\.deliverables).flatMap(\.steps).map(\.id) }
}

extension LearnerProgress {
    /// How many of a deliverable's steps are ticked.
    public func stepsDone(of deliverable: Deliverable) -> Int {
        deliverable.steps.filter { steps[$0.id]?.done == true }.count
    }
}
