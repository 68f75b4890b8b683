import Foundation
import WaymarkCurriculum

/// Every card of the deck with what the review log says of it: its memory, when
/// it is due and how often it was answered. The command line and the Review
/// screen both list cards through it, so they agree on what is due.
///
/// A card never reviewed is new, and new cards are due at once: its due date is
/// the moment its lesson was marked read (or now, if that is in the future), so
/// the order of new cards is stable from one run to the next.
public struct ReviewAgenda: Sendable, Equatable {
    /// One card and its schedule.
    public struct Entry: Sendable, Equatable {
        public var card: ReviewCard
        /// Nil for a card never reviewed.
        public var memory: CardMemory?
        public var due: Date
        public var reviews: Int
    }

    /// Every card, most overdue first; ties in deck order.
    public var entries: [Entry]
    public var now: Date

    /// `memories` are the cards' memories when the caller keeps them (see
    /// `ReviewMemories`); without them the review log is replayed.
    public init(deck: [ReviewCard], progress: LearnerProgress, at now: Date, memories: [String: CardMemory]? = nil) {
        let memories = memories ?? ReviewLog.memories(progress.reviews)
        // A memory counts every answer replayed into it: its reps are the card's reviews.
        let unsorted = deck.map { card in
            let memory = memories[card.id]
            let readAt = progress.lessonsRead[card.lessonID] ?? now
            return Entry(card: card, memory: memory, due: memory?.due ?? min(readAt, now), reviews: memory?.reps ?? 0)
        }
        // A stable sort by due date keeps the deck's order among equals. Positions are
        // sorted, not entries: moving 20,000 cards with their texts took most of the time.
        let order = unsorted.indices.sorted { left, right in
            unsorted[left].due != unsorted[right].due ? unsorted[left].due < unsorted[right].due : left < right
        }
        entries = order.map { unsorted[$0] }
        self.now = now
    }

    /// The cards due now, most overdue first.
    public var due: [Entry] { entries.filter { $0.due <= now } }

    /// When the next card not yet due falls due, or nil when the deck is empty.
    public var nextDue: Date? { entries.first { $0.due > now }?.due }

    /// The entry for a card id.
    public func entry(id: String) -> Entry? { entries.first { $0.card.id == id } }

    /// "due now", "in 5 hours", "in 3 days": when a card is due, as a learner reads it.
    public static func describe(due: Date, from now: Date) -> String {
        let seconds = due.timeIntervalSince(now)
        if seconds <= 0 { return "due now" }
        let hours = Int((seconds / 3600).rounded(.up))
        if hours < 24 { return hours == 1 ? "in 1 hour" : "in \(hours) hours" }
        let days = Int((seconds / 86_400).rounded())
        return days == 1 ? "in 1 day" : "in \(days) days"
    }
}
