/// A block of weeks in a path with one focus, its key activities and what to hand in.
public struct Phase: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var weeks: WeekRange
    public var focus: String
    public var summary: String
    public var activities: [Activity]
    public var deliverables: [Deliverable]

    public init(
        id: String, weeks: WeekRange, focus: String, summary: String,
        activities: [Activity], deliverables: [Deliverable]
    ) {
        self.id = id
        self.weeks = weeks
        self.focus = focus
        self.summary = summary
        self.activities = activities
        self.deliverables = deliverables
    }
}

/// A key activity of a phase and the lessons that teach it.
public struct Activity: Sendable, Hashable, Codable {
    public var text: String
    public var lessonIDs: [String]

    public init(text: String, lessonIDs: [String]) {
        self.text = text
        self.lessonIDs = lessonIDs
    }
}
