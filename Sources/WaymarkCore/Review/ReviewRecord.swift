import Foundation

/// One answer to one review card, as the progress file keeps it: when, how the
/// learner rated their recall, and what the scheduler made of it. The log of these
/// is the truth; a card's memory is the log replayed (see `ReviewLog.memories`), so
/// logs from two machines merge by union.
public struct ReviewRecord: Sendable, Equatable, Decodable, ProgressRecord {
    public var card: String
    public var at: Date
    public var rating: ReviewRating
    public var stability: Double
    public var difficulty: Double
    public var due: Date
    /// Fields a newer release (or a hand edit) added, kept through every save.
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("at", \.at, .timestamp),
        .required("card", \.card, .string),
        .required("difficulty", \.difficulty, .decimal),
        .required("due", \.due, .timestamp),
        .required("rating", \.rating, .enumeration),
        .required("stability", \.stability, .decimal),
    ])
    static let blank = ReviewRecord(
        card: "", at: Date(timeIntervalSince1970: 0), rating: .again,
        memory: CardMemory(
            stability: 0, difficulty: 0, due: Date(timeIntervalSince1970: 0),
            lastReview: Date(timeIntervalSince1970: 0),
            reps: 0, lapses: 0))

    public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) }

    public init(card: String, at: Date, rating: ReviewRating, memory: CardMemory) {
        self.card = card
        self.at = at
        self.rating = rating
        stability = memory.stability
        difficulty = memory.difficulty
        due = memory.due
    }
}
