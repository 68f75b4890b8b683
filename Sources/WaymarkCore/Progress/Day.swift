import Foundation

/// A calendar date without a time, written `2026-11-21`. Start dates are days, not
/// instants, so "which week am I in" does not shift with time zones or DST.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The years a day can have in a progress file: four digits, as written.
    public static let representableYears = 1...9999

    /// Whether this day can be written and read back (see `representableYears`).
    public var isRepresentable: Bool { Self.representableYears.contains(year) }

    public init?(year: Int, month: Int, day: Int) {
        guard Self.representableYears.contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The calendar day on which `date` falls in `zone`.
    public init(_ date: Date, in zone: LocalZone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromUTC(at: date)
        self.init(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// Today in the given zone (the learner's own by default).
    public static func today(in zone: LocalZone = .system, now: Date = Date()) -> Day {
        Day(now, in: zone)
    }

    public var description: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `YYYY-MM-DD` to `bytes`: timestamps are written the same way, tens of
    /// thousands per save, so this builds no intermediate strings.
    func append(to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { text in
            write(into: text)
            bytes.append(contentsOf: text)
        }
    }

    /// Writes `YYYY-MM-DD` into the first 10 bytes of `text`.
    func write(into text: UnsafeMutableBufferPointer<UInt8>) {
        Self.writeTwoDigits(year / 100, into: text, at: 0)
        Self.writeTwoDigits(year, into: text, at: 2)
        text[4] = UInt8(ascii: "-")
        Self.writeTwoDigits(month, into: text, at: 5)
        text[7] = UInt8(ascii: "-")
        Self.writeTwoDigits(day, into: text, at: 8)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without a calendar.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `ordinal` days after 1970-01-01 (the inverse of `ordinal`).
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last two decimal digits of `value` (0 or more), at `offset`. Divides by the
    /// constant 10 only: a save writes tens of thousands.
    static func writeTwoDigits(_ value: Int, into text: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        let value = max(0, value) % 100
        text[offset] = UInt8(ascii: "0") + UInt8(value / 10)
        text[offset + 1] = UInt8(ascii: "0") + UInt8(value % 10)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date like 2026-11-21"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
