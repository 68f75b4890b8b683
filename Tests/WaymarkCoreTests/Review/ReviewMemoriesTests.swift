import Foundation
import Testing

@testable import WaymarkCore

@Suite("Review memories kept up to date")
struct ReviewMemoriesTests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let day = 86_400.0

    /// Three cards answered on alternate days, each answer scheduled from the last.
    static func log(answers: Int) -> [ReviewRecord] {
        var memories: [String: CardMemory] = [:]
        let ratings: [ReviewRating] = [.good, .again, .hard, .easy, .good]
        return (0..<answers).map { index in
            let card = "lesson#\(index % 3)"
            let at = start.addingTimeInterval(Double(index) * day)
            let record = ReviewLog.answer(card, ratings[index % ratings.count], at: at, after: memories[card])
            memories[card] = FSRSScheduler.review(memories[card], rating: record.rating, at: at)
            return record
        }
    }

    @Test("answers added at the end come out as a full replay of the log would")
    func appended() {
        let log = Self.log(answers: 12)
        var memories = ReviewMemories(Array(log.prefix(7)))
        memories.update(to: Array(log.prefix(9)))
        memories.update(to: log)
        #expect(memories.byCard == ReviewLog.memories(log))
    }

    @Test("an answer dated before its card's last review is placed by a full replay")
    func outOfOrder() {
        var log = Self.log(answers: 6)
        var memories = ReviewMemories(log)
        log.append(ReviewLog.answer("lesson#0", .again, at: Self.start.addingTimeInterval(0.5 * Self.day), after: nil))
        memories.update(to: log)
        #expect(memories.byCard == ReviewLog.memories(log))
    }

    @Test("a log that changed in the middle, as after a merge, is replayed in full")
    func merged() {
        let log = Self.log(answers: 8)
        var memories = ReviewMemories(log)
        var merged = log
        merged.remove(at: 2)
        memories.update(to: merged)
        #expect(memories.byCard == ReviewLog.memories(merged))
    }
}
