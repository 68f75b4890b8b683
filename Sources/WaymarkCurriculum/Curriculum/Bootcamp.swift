/// The short course that comes before any path.
public struct Bootcamp: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    public var steps: [BootcampStep]
    /// Why the steps come first: one line per step.
    public var rationale: [String]
    public var nextSteps: [String]

    public init(
        id: String, title: String, summary: String, steps: [BootcampStep],
        rationale: [String], nextSteps: [String]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.steps = steps
        self.rationale = rationale
        self.nextSteps = nextSteps
    }
}

/// One numbered step of the Bootcamp.
public struct BootcampStep: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var text: String
    public var lessonIDs: [String]

    public init(id: String, title: String, text: String, lessonIDs: [String]) {
        self.id = id
        self.title = title
        self.text = text
        self.lessonIDs = lessonIDs
    }
}
