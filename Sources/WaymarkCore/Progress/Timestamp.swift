import Foundation

/// Instants in the progress file, as ISO 8601 in UTC to the second
/// (`2026-11-21T09:30:00Z`). Done by hand with `Day`'s arithmetic: Foundation's
/// ISO 8601 strategy builds a Calendar, which loads ICU for a fixed format.
enum Timestamp {
    /// Seconds since 1970 that `format` writes and `parse` reads back: 0001-01-01 to
    /// the end of 9999-12-31, UTC.
    static let representable: ClosedRange<TimeInterval> =
        TimeInterval(
            Day(year: 1, month: 1, day: 1)!.ordinal * 86_400)...TimeInterval(
            Day(year: 9999, month: 12, day: 31)!.ordinal * 86_400 + 86_399)

    static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the 20 bytes of `format`, built on the stack and appended at once: a
    /// save writes tens of thousands.
    static func append(_ date: Date, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { text in
            write(date, into: text)
            bytes.append(contentsOf: text)
        }
    }

    /// Writes the 20 bytes of `format` into the start of `text`.
    static func write(_ date: Date, into text: UnsafeMutableBufferPointer<UInt8>) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let time = (seconds % 86_400 + 86_400) % 86_400
        Day(date, in: .utc).write(into: text)
        text[10] = UInt8(ascii: "T")
        Day.writeTwoDigits(time / 3600, into: text, at: 11)
        text[13] = UInt8(ascii: ":")
        Day.writeTwoDigits(time / 60 % 60, into: text, at: 14)
        text[16] = UInt8(ascii: ":")
        Day.writeTwoDigits(time % 60, into: text, at: 17)
        text[19] = UInt8(ascii: "Z")
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS`, optional fractional seconds, then `Z` or an
    /// offset `±HH:MM` (hand-edited files may carry one). Fractions are accepted but
    /// dropped: the file keeps whole seconds, so what loads is what saves.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// `parse` of the text whose UTF-8 is `bytes`: the fast reader parses timestamps
    /// where they lie in the file.
    static func parse(utf8 bytes: UnsafeRawBufferPointer) -> Date? {
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let day = day(bytes[0..<10]),
            let hour = number(bytes[11..<13]), hour < 24,
            let minute = number(bytes[14..<16]), minute < 60,
            let second = number(bytes[17..<19]), second < 61
        else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, number(bytes[index..<index + 1]) != nil { index += 1 }
            guard index > start, index < bytes.count else { return nil }
        }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let hours = number(bytes[index + 1..<index + 3]), let minutes = number(bytes[index + 4..<index + 6]),
                hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let seconds = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `YYYY-MM-DD` read from the digits where it has only digits, else as `Day`
    /// reads text: tens of thousands per file, and `Day`'s way splits a String.
    private static func day(_ bytes: Slice<UnsafeRawBufferPointer>) -> Day? {
        let start = bytes.startIndex
        if bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
            let year = number(bytes[start..<start + 4]), let month = number(bytes[start + 5..<start + 7]),
            let day = number(bytes[start + 8..<start + 10])
        {
            return Day(year: year, month: month, day: day)
        }
        return Day(String(decoding: bytes, as: UTF8.self))
    }

    /// Decimal digits only; nil for anything else.
    private static func number(_ digits: Slice<UnsafeRawBufferPointer>) -> Int? {
        var value = 0
        for index in digits.startIndex..<digits.endIndex {
            let digit = digits.base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
