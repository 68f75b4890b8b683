import Foundation
import PropertyBased
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

@Suite("Timestamps and zones")
struct TimestampTests {
    @Test("timestamps read and write exactly what Foundation's ISO 8601 strategy did")
    func matchesFoundation() throws {
        let foundation = ISO8601DateFormatter()
        var generator = Xoshiro(seed: (8601, 1, 2, 3))
        for _ in 0..<2_000 {
            let seconds = Int64.random(in: -2_000_000_000...8_000_000_000, using: &generator)
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let text = Timestamp.format(date)
            #expect(text == foundation.string(from: date))
            #expect(Timestamp.parse(text) == date)
        }
    }

    @Test("offsets and fractional seconds from hand edits are understood")
    func offsetsAndFractions() {
        let base = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(Timestamp.format(base) == "2026-11-18T11:06:40Z")
        #expect(Timestamp.parse("2026-11-18T13:06:40+02:00") == base)
        #expect(Timestamp.parse("2026-11-18T06:36:40-04:30") == base)
        // Fractions are dropped, so a loaded file saves back unchanged.
        #expect(Timestamp.parse("2026-11-18T11:06:40.750Z") == base)
    }

    @Test(
        "anything else is refused",
        arguments: [
            "", "2026-11-19", "2026-11-19T07:06:40", "2026-11-19T07:06:40ZZ", "2026-13-19T07:06:40Z",
            "2026-02-30T07:06:40Z", "2026-11-19T24:00:00Z", "2026-11-19T07:06:40.Z", "2026-11-19T07:06:40+2:00",
            "２０２６-11-19T07:06:40Z", "2026-11-19 07:06:40Z",
        ])
    func refused(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test("a day falls where the zone's wall clock says, across midnight and before 1970")
    func daysInZones() {
        let lateUTC = Date(timeIntervalSince1970: 1_795_000_000 + 12 * 3600 + 50 * 60)  // 23:56:40 UTC
        #expect(Day(lateUTC, in: .utc) == Day("2026-11-18"))
        #expect(Day(lateUTC, in: .fixed(secondsEast: 3600)) == Day("2026-11-19"))
        #expect(Day(Date(timeIntervalSince1970: -1), in: .utc) == Day("1969-12-31"))
        #expect(Day(Date(timeIntervalSince1970: 0), in: .fixed(secondsEast: -1)) == Day("1969-12-31"))
    }

    @Test("the system zone follows TZ through the C library")
    func systemZone() {
        // Every test process has some zone; the offset must be a sane one.
        let offset = LocalZone.system.secondsFromUTC(at: Date())
        #expect((-14 * 3600...14 * 3600).contains(offset))
        #expect(Day.today(in: .system) == Day(Date(), in: .fixed(secondsEast: offset)))
    }
}
