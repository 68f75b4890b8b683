import Foundation
import Testing

@testable import WaymarkCore

@Suite("Review queue")
struct ReviewQueueTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func memory(dueIn seconds: Double) -> CardMemory {
        let due = now.addingTimeInterval(seconds)
        return CardMemory(
            stability: 3, difficulty: 5, due: due, lastReview: due.addingTimeInterval(-86_400), reps: 1, lapses: 0)
    }

    @Test("due cards come most overdue first, ties by id, and cards not yet due stay out")
    func order() {
        let cards: [String: CardMemory] = [
            "later": Self.memory(dueIn: 60),
            "yesterday": Self.memory(dueIn: -86_400),
            "now": Self.memory(dueIn: 0),
            "last-week-b": Self.memory(dueIn: -7 * 86_400),
            "last-week-a": Self.memory(dueIn: -7 * 86_400),
            "an-hour-ago": Self.memory(dueIn: -3_600),
        ]
        #expect(
            ReviewQueue.due(in: cards, at: Self.now) == [
                "last-week-a", "last-week-b", "yesterday", "an-hour-ago", "now",
            ])
    }

    @Test("nothing due gives an empty queue")
    func empty() {
        #expect(ReviewQueue.due(in: [String: CardMemory](), at: Self.now).isEmpty)
        #expect(ReviewQueue.due(in: ["soon": Self.memory(dueIn: 1)], at: Self.now).isEmpty)
    }

    @Test("twenty thousand cards give every due card once, in due order")
    func manyCards() {
        var cards: [String: CardMemory] = [:]
        for index in 0..<20_000 {
            // Spread over 60 days either side of now, with repeated due times.
            cards["card-\(index)"] = Self.memory(dueIn: Double((index * 7_919) % 120 - 60) * 86_400)
        }
        let queue = ReviewQueue.due(in: cards, at: Self.now)
        let expected = cards.filter { $0.value.due <= Self.now }
        #expect(queue.count == expected.count)
        #expect(Set(queue) == Set(expected.keys))
        let inOrder = zip(queue, queue.dropFirst()).allSatisfy { earlier, later in
            let (first, second) = (cards[earlier]!.due, cards[later]!.due)
            return first < second || (first == second && earlier < later)
        }
        #expect(inOrder)
    }
}
