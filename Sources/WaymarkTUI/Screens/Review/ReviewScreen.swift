import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Spaced review of the self-check questions of the lessons read: one due card at a
/// time, "card 3 of 12". A card with a key takes a typed answer, checked before the
/// worked answer shows; any card is then rated Again, Hard, Good or Easy.
///
/// The deck is read from the lesson bodies, which is I/O, so it arrives through
/// `.loadReviewDeck` → `.reviewDeckLoaded`; the queue is fixed when it arrives, so
/// a card answered Again does not come round twice in one sitting.
public struct ReviewScreen: Sendable, Equatable {
    /// Where the current card stands.
    public enum Stage: Sendable, Equatable {
        /// The question shows; a keyed card takes a typed answer.
        case asking
        /// The worked answer shows and waits for a rating.
        case revealed
        /// A wrong typed answer was logged as Again; any key moves on.
        case loggedAgain
    }

    /// The due cards when the deck arrived; nil while it loads.
    public internal(set) var queue: [ReviewCard]?
    /// Index of the card being reviewed; `queue.count` once all are done.
    public internal(set) var position = 0
    public internal(set) var stage = Stage.asking
    public internal(set) var answer = TypedAnswer()
    /// Cards answered in this sitting.
    public internal(set) var answered = 0

    public init() {}

    /// The outcomes that open the Review screen over the current one, with its deck
    /// loading. The Today screen opens it through this too.
    public static func open(_ app: AppContext) -> [Outcome] {
        [.push(.review(ReviewScreen())), .loadReviewDeck]
    }

    /// The card being reviewed, if any is left.
    public var card: ReviewCard? {
        guard let queue, queue.indices.contains(position) else { return nil }
        return queue[position]
    }

    /// Whether the typed-answer field has the keys: a keyed card not yet checked.
    var isTyping: Bool { stage == .asking && card?.check.key != nil }
}

extension ReviewScreen: ScreenModel {
    var title: String { "Review" }
    var screen: Screen { .review(self) }
    var takesText: Bool { isTyping }

    func subtitle(_ app: AppContext) -> String? {
        guard let queue, !queue.isEmpty, position < queue.count else { return nil }
        return "card \(position + 1) of \(queue.count)"
    }
}
