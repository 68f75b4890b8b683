/// Something the learner produces in a phase; its id is the key progress is kept under.
public struct Deliverable: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var description: String
    /// Lessons that prepare the learner for it.
    public var lessonIDs: [String]

    public init(id: String, title: String, description: String, lessonIDs: [String]) {
        self.id = id
        self.title = title
        self.description = description
        self.lessonIDs = lessonIDs
    }
}
