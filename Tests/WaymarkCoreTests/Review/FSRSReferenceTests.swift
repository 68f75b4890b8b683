import Foundation
import Testing

@testable import WaymarkCore

/// Replays `Fixtures/fsrs-reference.json`, written by `scripts/fsrs-fixture` from
/// py-fsrs, through `FSRSScheduler`.
@Suite("FSRS against the py-fsrs reference")
struct FSRSReferenceTests {
    struct Fixture: Decodable {
        var fsrs: String
        var parameters: [Double]
        var desiredRetention: Double
        var maximumInterval: Int
        var sequences: [Sequence]
    }

    struct Sequence: Decodable {
        var label: String
        var steps: [Step]
    }

    struct Step: Decodable {
        var kind: String
        var rating: ReviewRating
        var reviewedAt: String
        var due: String
        var stability: Double
        var difficulty: Double
    }

    static func load() throws -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fsrs-reference.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    static func relativeError(_ actual: Double, _ expected: Double) -> Double {
        abs(actual - expected) / max(abs(expected), .leastNormalMagnitude)
    }

    @Test("the fixture was made with the configuration Waymark schedules with")
    func sameConfiguration() throws {
        let fixture = try Self.load()
        #expect(fixture.fsrs.hasPrefix("6."))
        #expect(fixture.parameters == FSRSScheduler.weights)
        #expect(fixture.desiredRetention == FSRSScheduler.desiredRetention)
        #expect(fixture.maximumInterval == FSRSScheduler.maximumInterval)
        #expect(fixture.sequences.count >= 200)
    }

    @Test("every review of every sequence gives py-fsrs's due date, stability and difficulty")
    func reproducesReference() throws {
        let fixture = try Self.load()
        var reviews = 0
        for sequence in fixture.sequences {
            var memory: CardMemory?
            for (index, step) in sequence.steps.enumerated() {
                let at = try #require(Timestamp.parse(step.reviewedAt), "\(sequence.label) #\(index)")
                let due = try #require(Timestamp.parse(step.due), "\(sequence.label) #\(index)")
                let next = FSRSScheduler.review(memory, rating: step.rating, at: at)
                let place = "\(sequence.label), review \(index + 1) (\(step.kind), \(step.rating))"
                #expect(next.due == due, "\(place): due \(Timestamp.format(next.due)), expected \(step.due)")
                #expect(
                    Self.relativeError(next.stability, step.stability) <= 1e-6,
                    "\(place): stability \(next.stability), expected \(step.stability)")
                #expect(
                    Self.relativeError(next.difficulty, step.difficulty) <= 1e-6,
                    "\(place): difficulty \(next.difficulty), expected \(step.difficulty)")
                #expect(next.reps == index + 1)
                memory = next
                reviews += 1
            }
        }
        #expect(reviews >= 1_000)
    }
}
