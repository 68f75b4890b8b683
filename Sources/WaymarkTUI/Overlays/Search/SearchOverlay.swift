import WaymarkCore
import WaymarkCurriculum

/// `/` on any screen: a search over everything the course has, updated as the
/// learner types. An overlay rather than a screen because every key is text here,
/// and overlays take keys as they come.
public struct SearchOverlay: Sendable, Equatable {
    public var query = LineEditor("")
    public var results: [SearchResult] = []
    public var cursor = 0

    public init() {}

    /// Runs the query against the index, once the index exists.
    mutating func refresh(_ app: AppContext) {
        guard let index = app.searchIndex else { return }
        results = index.search(query.text)
        cursor = min(cursor, max(0, results.count - 1))
    }

    /// The first folded word of the query: what the reader highlights and `n` finds.
    var term: String? { SearchText.words(of: query.text).first }
}
