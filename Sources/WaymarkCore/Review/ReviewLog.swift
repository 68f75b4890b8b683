import Foundation

/// What the review log means: each card's memory, replayed from its answers in the
/// order they were given. Replaying, rather than trusting the last record's
/// numbers, keeps the schedule right after logs from two machines are merged.
public enum ReviewLog {
    /// Every card's memory, from `records` in any order. Ties in time keep the
    /// order given.
    public static func memories(_ records: [ReviewRecord]) -> [String: CardMemory] {
        var byCard: [String: [ReviewRecord]] = [:]
        for record in records { byCard[record.card, default: []].append(record) }
        var memories: [String: CardMemory] = [:]
        memories.reserveCapacity(byCard.count)
        for (card, answers) in byCard {
            var memory: CardMemory?
            for answer in answers.sorted(by: { $0.at < $1.at }) {
                memory = FSRSScheduler.review(memory, rating: answer.rating, at: answer.at)
            }
            memories[card] = memory
        }
        return memories
    }

    /// Records `rating` for `card` at `now` given the card's memory so far. A clock
    /// that went backwards is the scheduler's business: it never schedules a card
    /// before a review it has already seen.
    public static func answer(
        _ card: String, _ rating: ReviewRating, at now: Date, after memory: CardMemory?
    ) -> ReviewRecord {
        ReviewRecord(card: card, at: now, rating: rating, memory: FSRSScheduler.review(memory, rating: rating, at: now))
    }
}
