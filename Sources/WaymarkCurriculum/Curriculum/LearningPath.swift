/// One of the curriculum's learning paths: a weekly plan for one kind of learner.
public struct LearningPath: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    /// Who the path is for, e.g. "New graduates".
    public var audience: String
    public var summary: String
    public var durationWeeks: WeekRange
    public var hoursPerWeek: WeekRange
    /// The order the path visits the material in, e.g. Laws → Patterns → Tools.
    public var focusOrder: [String]
    public var phases: [Phase]
    public var successCriteria: [SuccessCriterion]

    public init(
        id: String, title: String, audience: String, summary: String,
        durationWeeks: WeekRange, hoursPerWeek: WeekRange, focusOrder: [String],
        phases: [Phase], successCriteria: [SuccessCriterion]
    ) {
        self.id = id
        self.title = title
        self.audience = audience
        self.summary = summary
        self.durationWeeks = durationWeeks
        self.hoursPerWeek = hoursPerWeek
        self.focusOrder = focusOrder
        self.phases = phases
        self.successCriteria = successCriteria
    }

    public var deliverables: [Deliverable] { phases.flatMap(\.deliverables) }

    /// The phase a deliverable belongs to.
    public func phase(containing deliverable: Deliverable) -> Phase? {
        phases.first { $0.deliverables.contains(deliverable) }
    }

    /// The phase that covers `week`, or nil before week 1 or past the plan.
    public func phase(forWeek week: Int) -> Phase? {
        phases.first { $0.weeks.contains(week) }
    }
}
