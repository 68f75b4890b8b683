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

    /// Entries in queue order, each built when it is read: an entry copies its
    /// card's texts, and building one for each of 20,000 cards took most of the
    /// time of a queue the Review screen only takes the due cards from.
    public struct Entries: RandomAccessCollection, Sendable, Equatable {
        fileprivate let schedule: Schedule
        public let startIndex: Int
        public let endIndex: Int

        public subscript(position: Int) -> Entry {
            precondition(indices.contains(position), "entry out of range")
            return schedule.entry(at: position)
        }

        public static func == (left: Entries, right: Entries) -> Bool {
            left.elementsEqual(right)
        }
    }

    public var now: Date
    private let schedule: Schedule

    /// `memories` are the cards' memories when the caller keeps them (see
    /// `ReviewMemories`); without them the review log is replayed.
    public init(deck: [ReviewCard], progress: LearnerProgress, at now: Date, memories: [String: CardMemory]? = nil) {
        schedule = Schedule(
            deck: deck, lessonsRead: progress.lessonsRead, at: now,
            memories: memories ?? ReviewLog.memories(progress.reviews))
        self.now = now
    }

    /// Every card, most overdue first; ties in deck order.
    public var entries: Entries { Entries(schedule: schedule, startIndex: 0, endIndex: schedule.order.count) }

    /// The cards due now, most overdue first.
    public var due: Entries { Entries(schedule: schedule, startIndex: 0, endIndex: dueCount) }

    /// When the next card not yet due falls due, or nil when the deck is empty.
    public var nextDue: Date? {
        let first = dueCount
        return first < schedule.order.count ? Date(timeIntervalSinceReferenceDate: schedule.order[first].due) : nil
    }

    /// The entry for a card id.
    public func entry(id: String) -> Entry? {
        let order = schedule.order
        return order.indices.first { schedule.deck[order[$0].index].id == id }.map(schedule.entry(at:))
    }

    /// How many cards are due at `now`: in due order, they come first.
    private var dueCount: Int {
        let order = schedule.order
        let now = now.timeIntervalSinceReferenceDate
        var low = 0
        var high = order.count
        while low < high {
            let middle = (low + high) / 2
            if order[middle].due <= now { low = middle + 1 } else { high = middle }
        }
        return low
    }

    public static func == (left: ReviewAgenda, right: ReviewAgenda) -> Bool {
        left.now == right.now && left.entries == right.entries
    }

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

/// The deck in queue order, as positions and due dates: sorting 20,000 of these
/// moves 16 bytes each, where sorting entries moved every card with its texts.
private struct Schedule: Sendable {
    let deck: [ReviewCard]
    /// Each card's memory, by its position in `deck`.
    let memories: [CardMemory?]
    /// Positions in `deck` with their due dates, most overdue first; ties in deck order.
    let order: [(due: TimeInterval, index: Int)]

    init(deck: [ReviewCard], lessonsRead: [String: Date], at now: Date, memories byCard: [String: CardMemory]) {
        var memories: [CardMemory?] = []
        memories.reserveCapacity(deck.count)
        var order: [(due: TimeInterval, index: Int)] = []
        order.reserveCapacity(deck.count)
        // A lesson's cards sit together in the deck: its reading time is looked up
        // once, and only for cards never reviewed.
        var lastLesson: (id: String, readAt: Date)?
        // By index: iterating copied every card, retaining its five strings.
        for index in deck.indices {
            let memory = byCard[deck[index].id]
            memories.append(memory)
            let due: Date
            if let memory {
                due = memory.due
            } else {
                let lessonID = deck[index].lessonID
                if lastLesson?.id != lessonID { lastLesson = (lessonID, lessonsRead[lessonID] ?? now) }
                due = min(lastLesson!.readAt, now)
            }
            order.append((due.timeIntervalSinceReferenceDate, index))
        }
        // Dates compare as plain numbers; positions break ties, so the order is the
        // deck's among equals whatever the sort.
        order.sort { left, right in left.due != right.due ? left.due < right.due : left.index < right.index }
        self.deck = deck
        self.memories = memories
        self.order = order
    }

    /// The entry at `position` in `order`.
    func entry(at position: Int) -> ReviewAgenda.Entry {
        let (due, index) = order[position]
        let memory = memories[index]
        return ReviewAgenda.Entry(
            card: deck[index], memory: memory, due: Date(timeIntervalSinceReferenceDate: due),
            reviews: memory?.reps ?? 0)
    }
}
