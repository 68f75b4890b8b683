/// Something the learner produces in a phase; its id is the key progress is kept under.
public struct Deliverable: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var description: String
    /// Lessons that prepare the learner for it.
    public var lessonIDs: [String]
    /// Concrete steps toward it, ticked one by one; a course may give none.
    public var steps: [DeliverableStep] = []

    public init(
        id: String, title: String, description: String, lessonIDs: [String], steps: [DeliverableStep] = []
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.lessonIDs = lessonIDs
        self.steps = steps
    }
}

/// One step of a deliverable ("Compute concurrency with Little's Law"); its id is
/// what progress ticks it under, unique across the course like deliverable ids.
public struct DeliverableStep: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
