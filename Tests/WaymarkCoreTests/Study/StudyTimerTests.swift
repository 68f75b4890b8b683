import Foundation
import Testing

@testable import WaymarkCore

@Suite("Study timer")
struct StudyTimerTests {
    let start = Date(timeIntervalSince1970: 1_795_300_000)

    func minute(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    @Test("keys a minute apart on the reader count, and leaving saves the minutes")
    func keysCount() {
        var timer = StudyTimer()
        for index in 0...3 { #expect(timer.key(at: minute(Double(index)), on: .reader, zone: .utc) == nil) }
        let entry = timer.key(at: minute(4), on: nil, zone: .utc)
        #expect(entry?.minutes == 4 && entry?.source == .reader && entry?.at == minute(4))
        #expect(entry?.on == Day(minute(4), in: .utc))
        #expect(timer.key(at: minute(5), on: nil, zone: .utc) == nil)
    }

    @Test("a gap of more than five minutes stops the count and is not counted")
    func gapStops() {
        var timer = StudyTimer()
        _ = timer.key(at: minute(0), on: .calculator, zone: .utc)
        _ = timer.key(at: minute(1), on: .calculator, zone: .utc)
        _ = timer.key(at: minute(7), on: .calculator, zone: .utc)
        _ = timer.key(at: minute(8), on: .calculator, zone: .utc)
        #expect(timer.stop(at: minute(8), zone: .utc)?.minutes == 2)
        #expect(timer.stop(at: minute(9), zone: .utc) == nil)
    }

    @Test("a short look counts as one minute; time elsewhere counts nothing")
    func roundsUpToOne() {
        var timer = StudyTimer()
        _ = timer.key(at: minute(0), on: nil, zone: .utc)
        _ = timer.key(at: minute(3), on: nil, zone: .utc)
        _ = timer.key(at: minute(3), on: .review, zone: .utc)
        #expect(timer.key(at: minute(3.2), on: .reader, zone: .utc)?.minutes == 1)
        #expect(timer.stop(at: minute(3.2), zone: .utc) == nil)
    }

    @Test("ten counted minutes are handed back without leaving the screen")
    func savesEveryTenMinutes() {
        var timer = StudyTimer()
        var entries: [StudyEntry] = []
        for index in 0...25 {
            if let entry = timer.key(at: minute(Double(index)), on: .reader, zone: .utc) { entries.append(entry) }
        }
        #expect(entries.map(\.minutes) == [10, 10])
        #expect(timer.stop(at: minute(25), zone: .utc)?.minutes == 5)
    }

    @Test("a clock going backwards adds no time")
    func backwardsClock() {
        var timer = StudyTimer()
        _ = timer.key(at: minute(10), on: .reader, zone: .utc)
        _ = timer.key(at: minute(2), on: .reader, zone: .utc)
        _ = timer.key(at: minute(3), on: .reader, zone: .utc)
        #expect(timer.stop(at: minute(3), zone: .utc)?.minutes == 1)
    }
}
