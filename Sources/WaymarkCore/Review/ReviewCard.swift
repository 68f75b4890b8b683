import Foundation
import WaymarkCurriculum

/// A self-check question of a lesson the learner has read, as a card to review.
public struct ReviewCard: Sendable, Equatable, Identifiable {
    public var id: String
    public var lessonID: String
    public var check: SelfCheck

    public init(lessonID: String, check: SelfCheck) {
        id = check.cardID(lessonID: lessonID)
        self.lessonID = lessonID
        self.check = check
    }

    /// Every card of the lessons the learner has read, in the order the lessons
    /// were read. May read each lesson's body: keep it off the input path.
    public static func deck(of curriculum: Curriculum, readLessons: [String: Date]) -> [ReviewCard] {
        var cards: [ReviewCard] = []
        var seen: Set<String> = []
        for (lessonID, _) in readLessons.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            // A lesson no longer in the course throws, and has no cards.
            for check in (try? curriculum.selfChecks(ofLesson: lessonID)) ?? [] {
                let card = ReviewCard(lessonID: lessonID, check: check)
                // Two identical questions in one lesson are one card.
                if seen.insert(card.id).inserted { cards.append(card) }
            }
        }
        return cards
    }
}
