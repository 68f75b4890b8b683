/// A term, what it means in a sentence or three, and where it is taught.
public struct GlossaryTerm: Sendable, Hashable, Codable {
    public var term: String
    public var definition: String
    /// Lesson or pattern ids that teach the term.
    public var see: [String]

    public init(term: String, definition: String, see: [String]) {
        self.term = term
        self.definition = definition
        self.see = see
    }
}
