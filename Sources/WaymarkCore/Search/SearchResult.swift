/// One hit: what it is, where the best match is, and a line to show for it.
public struct SearchResult: Sendable, Equatable, Encodable {
    public var kind: SearchDocument.Kind
    public var id: String
    public var title: String
    /// The 1-based body line of the best match; 0 when it is in the title.
    public var line: Int
    /// The line the match is on, cut to a readable length around it.
    public var snippet: String
    /// Where the matched word sits in `snippet` (character offsets), for highlighting.
    public var highlight: Range<Int>?
    public var score: Int

    enum CodingKeys: String, CodingKey { case kind, id, title, line, snippet, score }
}
