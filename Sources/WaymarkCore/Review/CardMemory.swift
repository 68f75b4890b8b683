import Foundation

/// What FSRS knows about one review card after at least one review: how well it
/// is remembered and when to ask again. A card never reviewed has no memory.
public struct CardMemory: Sendable, Equatable {
    /// Days until recall probability falls to 90%.
    public var stability: Double
    /// How hard the card is, from 1 (easiest) to 10.
    public var difficulty: Double
    /// When the card should next be reviewed; always at least a day after `lastReview`.
    public var due: Date
    /// The instant the schedule counts from: the last review, or an earlier review's
    /// time if the clock has since gone backwards (see `FSRSScheduler.review`).
    public var lastReview: Date
    /// Reviews so far, the first included.
    public var reps: Int
    /// Times the learner answered Again on a card already reviewed before.
    public var lapses: Int

    public init(stability: Double, difficulty: Double, due: Date, lastReview: Date, reps: Int, lapses: Int) {
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }
}
