import Foundation
import WaymarkCore
import WaymarkCurriculum

extension ReviewScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        guard let card else { return [] }
        switch command {
        case .edit(let key):
            guard isTyping else { return [] }
            if !answer.edit(key) {
                return [.message("An answer holds \(TypedAnswer.capacity) characters at most.", isError: true)]
            }
            return []
        case .open:
            guard isTyping, let key = card.check.key else { return [] }
            // Nothing typed: reveal and let the learner rate themselves.
            if answer.isBlank {
                stage = .revealed
                return []
            }
            if answer.check(against: key) == .right {
                stage = .revealed
                return []
            }
            stage = .loggedAgain
            return [.change(.answerReview(record(card, .again, app)))]
        case .revealAnswer:
            guard stage == .asking, card.check.key == nil else { return [] }
            stage = .revealed
            return []
        case .answerCard(let rating):
            guard stage == .revealed else { return [] }
            let change = ProgressChange.answerReview(record(card, rating, app))
            advance()
            return [.change(change)]
        case .nextCard:
            guard stage == .loggedAgain else { return [] }
            advance()
            return []
        default:
            return []
        }
    }

    /// Takes the queue from the deck once it has loaded: the cards due now.
    mutating func refresh(_ app: AppContext) {
        guard queue == nil, let deck = app.reviewDeck else { return }
        queue = ReviewAgenda(deck: deck, progress: app.progress, at: app.now, memories: app.reviewMemories.byCard).due
            .map(\.card)
    }

    /// The answer as the log keeps it, scheduled from the card's own history.
    private func record(_ card: ReviewCard, _ rating: ReviewRating, _ app: AppContext) -> ReviewRecord {
        let memory = app.reviewMemories.byCard[card.id]
        return ReviewLog.answer(card.id, rating, at: app.now, after: memory)
    }

    private mutating func advance() {
        answered += 1
        position += 1
        stage = .asking
        answer = TypedAnswer()
    }
}
