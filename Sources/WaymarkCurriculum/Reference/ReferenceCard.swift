/// A cheat sheet or a recipe card: a titled Markdown page with links to the
/// patterns and lessons behind it. The body is read when the card opens.
public struct ReferenceCard: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    public var patterns: [String]
    public var lessons: [String]
    /// The card's file, relative to the curriculum directory.
    public var file: String

    public init(id: String, title: String, summary: String, patterns: [String], lessons: [String], file: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.patterns = patterns
        self.lessons = lessons
        self.file = file
    }
}
