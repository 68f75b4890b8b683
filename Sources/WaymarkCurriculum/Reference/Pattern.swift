/// A pattern card: a problem engineers meet, the pattern that answers it, when to
/// use it and what it costs. The front matter is loaded with the curriculum; the
/// card's sections (its Markdown body) are read when the card opens.
public struct Pattern: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// One of `ReferenceShelf.domains`: how the catalog groups the cards.
    public var domain: String
    public var summary: String
    /// The laws behind it, as law lesson ids.
    public var laws: [String]
    public var related: [String]
    /// Lessons that teach it in depth.
    public var lessons: [String]
    /// The card's file, relative to the curriculum directory.
    public var file: String

    public init(
        id: String, name: String, domain: String, summary: String, laws: [String], related: [String],
        lessons: [String], file: String
    ) {
        self.id = id
        self.name = name
        self.domain = domain
        self.summary = summary
        self.laws = laws
        self.related = related
        self.lessons = lessons
        self.file = file
    }
}
