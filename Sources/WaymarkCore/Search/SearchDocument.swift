/// Something search can find: a lesson, a pattern card, a glossary term, a recipe
/// or a cheat sheet, as its title and its lines.
public struct SearchDocument: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case lesson, pattern, glossary, recipe
        case cheatSheet = "cheatsheet"
    }

    public var kind: Kind
    public var id: String
    public var title: String
    /// The body, a line each, as in its file (1-based line numbers in results).
    public var lines: [String]
    /// Which lines are Markdown headings: a match there ranks above one in the text.
    public var headingLines: Set<Int>

    public init(kind: Kind, id: String, title: String, body: String) {
        self.kind = kind
        self.id = id
        self.title = title
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        headingLines = Set(lines.indices.filter { lines[$0].hasPrefix("#") })
    }
}
