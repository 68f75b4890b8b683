import Foundation

/// One answer to one review card, as the progress file keeps it: when, how the
/// learner rated their recall, and what the scheduler made of it. The log of these
/// is the truth; a card's memory is the log replayed (see `ReviewLog.memories`), so
/// logs from two machines merge by union.
public struct ReviewRecord: Sendable, Equatable {
    public var card: String
    public var at: Date
    public var rating: ReviewRating
    public var stability: Double
    public var difficulty: Double
    public var due: Date
    /// Fields a newer release (or a hand edit) added, kept through every save.
    public var unknownFields = UnknownFields()

    public init(card: String, at: Date, rating: ReviewRating, memory: CardMemory) {
        self.card = card
        self.at = at
        self.rating = rating
        stability = memory.stability
        difficulty = memory.difficulty
        due = memory.due
    }
}
