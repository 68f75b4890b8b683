import Foundation
import Testing

@testable import WaymarkCore

@Suite("FSRS scheduler")
struct FSRSSchedulerTests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T11:06:40Z
    static let day = 86_400.0

    @Test(
        "a new card takes its stability and difficulty from its first rating and is due in whole days",
        arguments: [
            (ReviewRating.again, 0.212, 6.4133, 1.0),
            (.hard, 1.2931, 5.112170705601056, 1),
            (.good, 2.3065, 2.118103970459016, 2),
            (.easy, 8.2956, 1.0, 8),
        ])
    func newCard(rating: ReviewRating, stability: Double, difficulty: Double, days: Double) {
        let memory = FSRSScheduler.review(nil, rating: rating, at: Self.start)
        #expect(memory.stability == stability)
        #expect(abs(memory.difficulty - difficulty) <= 1e-12)
        #expect(memory.due == Self.start.addingTimeInterval(days * Self.day))
        #expect(memory.lastReview == Self.start)
        #expect(memory.reps == 1)
        #expect(memory.lapses == 0)
    }

    @Test("a review before the last one counts as a same-day review and is due after the last review")
    func clockGoingBackwards() {
        let first = FSRSScheduler.review(nil, rating: .good, at: Self.start)
        let onTheSpot = FSRSScheduler.review(first, rating: .good, at: Self.start)
        for backwards in [1.0, 3_600, 3 * Self.day, 400 * Self.day] {
            let earlier = Self.start.addingTimeInterval(-backwards)
            let memory = FSRSScheduler.review(first, rating: .good, at: earlier)
            #expect(memory.stability == onTheSpot.stability)
            #expect(memory.difficulty == onTheSpot.difficulty)
            #expect(memory.due == onTheSpot.due)
            #expect(memory.due > Self.start)
            #expect(memory.lastReview == Self.start)
            #expect(memory.reps == 2)
        }
    }

    @Test("a clock gone back to the distant past still schedules after the last review")
    func clockInTheDistantPast() {
        let first = FSRSScheduler.review(nil, rating: .easy, at: Self.start)
        let memory = FSRSScheduler.review(first, rating: .again, at: .distantPast)
        #expect(memory.due > Self.start)
        #expect(memory.stability.isFinite && memory.stability > 0)
        #expect(memory.lapses == 1)
    }

    @Test("elapsed time is whole 24-hour periods, rounded down, never negative")
    func elapsedDays() {
        let days = { (seconds: Double) in
            FSRSScheduler.elapsedDays(from: Self.start, to: Self.start.addingTimeInterval(seconds))
        }
        #expect(days(0) == 0)
        #expect(days(86_399) == 0)
        #expect(days(86_400) == 1)
        #expect(days(2 * 86_400 - 1) == 1)
        #expect(days(-1) == 0)
        #expect(days(-10 * 86_400) == 0)
    }

    @Test("intervals round half to even like Python's round, and stay between 1 and 36500 days")
    func intervalRounding() {
        #expect(FSRSScheduler.intervalDays(stability: 0.001) == 1)
        #expect(FSRSScheduler.intervalDays(stability: 0.5) == 1)
        #expect(FSRSScheduler.intervalDays(stability: 1.5) == 2)
        #expect(FSRSScheduler.intervalDays(stability: 2.5) == 2)
        #expect(FSRSScheduler.intervalDays(stability: 3.5) == 4)
        #expect(FSRSScheduler.intervalDays(stability: 10.5) == 10)
        #expect(FSRSScheduler.intervalDays(stability: 36_499.6) == 36_500)
        #expect(FSRSScheduler.intervalDays(stability: 1e300) == 36_500)
        #expect(FSRSScheduler.intervalDays(stability: .infinity) == 36_500)
    }

    @Test("Again on a reviewed card is a lapse; Again on a new card is not")
    func lapses() {
        let first = FSRSScheduler.review(nil, rating: .again, at: Self.start)
        #expect(first.lapses == 0)
        let second = FSRSScheduler.review(first, rating: .good, at: first.due)
        let third = FSRSScheduler.review(second, rating: .again, at: second.due)
        #expect(third.lapses == 1)
        #expect(third.reps == 3)
        #expect(third.stability < second.stability)
    }

    @Test("a stored memory that is not a number starts over from the rating")
    func damagedMemory() {
        let damaged = CardMemory(
            stability: .nan, difficulty: 5, due: Self.start, lastReview: Self.start, reps: 4, lapses: 1)
        let memory = FSRSScheduler.review(damaged, rating: .good, at: Self.start)
        let fresh = FSRSScheduler.review(nil, rating: .good, at: Self.start)
        #expect(memory.stability == fresh.stability)
        #expect(memory.difficulty == fresh.difficulty)
        #expect(memory.due == fresh.due)
        #expect(memory.reps == 5)
        #expect(memory.lapses == 1)
    }

    @Test("retrievability is 1 at the last review and 0.9 once stability's days have passed")
    func retrievability() {
        let memory = CardMemory(
            stability: 10, difficulty: 5, due: Self.start, lastReview: Self.start, reps: 1, lapses: 0)
        #expect(FSRSScheduler.retrievability(of: memory, at: Self.start) == 1)
        let later = Self.start.addingTimeInterval(10 * Self.day)
        #expect(abs(FSRSScheduler.retrievability(of: memory, at: later) - 0.9) <= 1e-12)
    }
}
