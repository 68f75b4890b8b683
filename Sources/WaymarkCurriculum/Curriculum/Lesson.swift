/// A lesson's front matter. The body is read only when the learner opens it, so
/// start-up cost does not grow with the size of the library.
public struct Lesson: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var minutes: Int
    public var summary: String
    public var tags: [String]
    public var prerequisites: [String]
    /// Path of the Markdown file inside the curriculum source.
    public var file: String

    public init(
        id: String, title: String, minutes: Int, summary: String,
        tags: [String], prerequisites: [String], file: String
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.summary = summary
        self.tags = tags
        self.prerequisites = prerequisites
        self.file = file
    }
}
