import Foundation
import PropertyBased
import Testing

@testable import WaymarkCore

/// The shortcuts the fast reader and the writer take for a long review log:
/// decimals read as whole millionths, timestamps and keys read where they lie,
/// numbers written without strings. Each must agree with the long way on every
/// value, the odd ones included.
@Suite("Progress fast paths")
struct ProgressFastPathTests {
    /// A review with these texts where its stability, its `at` and its keys go.
    private static func review(stability: String, at: String = "\"2026-11-03T10:00:00Z\"", keys: [String]? = nil)
        -> Data
    {
        let keys = keys ?? ["at", "card", "difficulty", "due", "rating", "stability"]
        let values = [at, "\"c#1\"", "5.25", "\"2026-11-04T10:00:00Z\"", "\"good\"", stability]
        let members = zip(keys, values).map { "\"\($0)\" : \($1)" }.joined(separator: ", ")
        return Data(#"{"schemaVersion": 3, "revision": 1, "reviews": [{\#(members)}]}"#.utf8)
    }

    /// Read by both readers alike; the fast reader's value, when it read one.
    private static func bothWays(_ bytes: Data, _ comment: Comment) -> LearnerProgress? {
        guard let fast = ProgressReader.read(bytes) else { return nil }
        do {
            let foundation = try ProgressCodec.decodeWithFoundation(bytes, file: "p", backup: nil)
            #expect(fast == foundation.progress, comment)
        } catch {
            Issue.record("the fast reader read what JSONDecoder refuses (\(error)): \(comment.rawValue)")
        }
        return fast
    }

    /// Decimal texts from generated numbers: signs, whole parts near the 2^53
    /// millionths bound and beyond it, zero to nine fraction digits, trailing zeros,
    /// zero fractions, exponents.
    private static let decimalText = Gen.int(in: 0...Int.max).array(of: 4).map { numbers -> String in
        let wholes: [UInt64] = [
            0, 1, 9, 12, 999, 2_000_000_000, 9_007_199_253, 9_007_199_254, 9_007_199_255, 123_456_789_012,
            UInt64(numbers[0] % 100_000), UInt64(numbers[0] % 10_000_000_000),
        ]
        let whole = wholes[numbers[1] % wholes.count]
        let sign = numbers[1] / wholes.count % 3 == 0 ? "-" : ""
        let digits = numbers[2] % 10
        var fraction = String(numbers[3] % 1_000_000_000)
        fraction = String(repeating: "0", count: max(0, 9 - fraction.count)) + fraction
        switch numbers[2] / 10 % 4 {
        case 0: fraction = String(repeating: "0", count: 9)
        case 1: fraction = String(fraction.prefix(max(0, digits - 1))) + "0"
        default: break
        }
        let exponent = numbers[2] / 40 % 7 == 0 ? "e0" : ""
        return digits == 0 ? "\(sign)\(whole)\(exponent)" : "\(sign)\(whole).\(fraction.prefix(digits))\(exponent)"
    }

    @Test("a decimal is read as JSONDecoder reads it, and those the writer writes are read fast")
    func decimals() async {
        await propertyCheck(count: 2_000, input: Self.decimalText) { text in
            let read = Self.bothWays(Self.review(stability: text), Comment(rawValue: text))
            guard let stability = read?.reviews.first?.stability else {
                // Only what the writer never writes is left to JSONDecoder.
                let parts = text.split(separator: ".")
                let writerShaped =
                    !text.contains("e") && parts.count == 2 && parts[1].count <= 6 && parts[1].last != "0"
                    && UInt64(parts[0].drop { $0 == "-" })! < 2_000_000_000
                #expect(!writerShaped, Comment(rawValue: text))
                return
            }
            #expect(stability == Double(text)!, Comment(rawValue: text))
        }
    }

    @Test(
        "decimals at the edges of the fast path are read as strtod reads them",
        arguments: [
            "0.000001", "-0.000001", "9007199253.999999", "9007199254.000001", "9007199254.740991",
            "4503599627.370496", "0.1", "0.3", "2.675", "1.005", "-0.5", "-0", "0", "17", "1.000000", "1.0000001",
        ])
    func decimalEdges(text: String) {
        if let read = Self.bothWays(Self.review(stability: text), Comment(rawValue: text)) {
            #expect(read.reviews.first?.stability == Double(text)!, Comment(rawValue: text))
        }
    }

    /// Timestamp texts: the file's own, and the ones hand edits bring (fractions,
    /// offsets, lower case), some damaged.
    private static let timestampText = Gen.int(in: 0...Int.max).array(of: 3).map { numbers -> String in
        let seconds = numbers[0] % 400_000_000_000 - 62_000_000_000
        var text = Timestamp.format(Date(timeIntervalSince1970: TimeInterval(seconds)))
        switch numbers[1] % 8 {
        case 0: text = String(text.dropLast()) + ".\(numbers[2] % 1000)Z"
        case 1:
            text =
                String(text.dropLast()) + (numbers[2] % 2 == 0 ? "+" : "-") + "0\(numbers[2] % 10):\(numbers[2] % 60)"
        case 2: text = text.lowercased()
        case 3:
            var bytes = Array(text.utf8)
            bytes[numbers[2] % bytes.count] = Array("0:-TZ.x9 ".utf8)[numbers[2] / 32 % 9]
            text = String(decoding: bytes, as: UTF8.self)
        case 4: text = #"\u0032"# + text.dropFirst()
        default: break
        }
        return text
    }

    @Test("a timestamp is read as JSONDecoder reads it, and every one the writer writes is read fast")
    func timestamps() async {
        await propertyCheck(count: 1_000, input: Self.timestampText) { text in
            let read = Self.bothWays(Self.review(stability: "1.5", at: "\"\(text)\""), Comment(rawValue: text))
            if Timestamp.parse(text) != nil, Timestamp.format(Timestamp.parse(text)!) == text {
                #expect(read?.reviews.first?.at == Timestamp.parse(text), Comment(rawValue: text))
            }
        }
    }

    /// Keys written plainly, with escapes, or as other text: every key of a review.
    private static let keys = Gen.int(in: 0...Int.max).array(of: 6).map { numbers -> [String] in
        ["at", "card", "difficulty", "due", "rating", "stability"].enumerated().map { index, key in
            switch numbers[index] % 6 {
            case 0: #"\u00"# + String(key.utf8.first!, radix: 16) + key.dropFirst()
            case 1: key + #"\/"#  // `\/` is `/`: another key, an unknown field.
            case 2: key + "\u{301}"
            case 3: key.uppercased()
            default: key
            }
        }
    }

    @Test("a record's keys are matched as JSONDecoder matches them, escaped or not")
    func recordKeys() async {
        await propertyCheck(count: 500, input: Self.keys) { keys in
            let read = Self.bothWays(Self.review(stability: "1.5", keys: keys), Comment(rawValue: "\(keys)"))
            let plain = ["at", "card", "difficulty", "due", "rating", "stability"]
            if keys == plain { #expect(read != nil) }
        }
    }

    /// `JSONWriter.decimal` as it was, building strings: the bytes must not change.
    private static func decimalAsBefore(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "0" }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        if abs(value) < 2_000_000_000 {
            let millionths = Int64((value * 1_000_000).rounded())
            let magnitude = millionths.magnitude
            var fraction = String(magnitude % 1_000_000)
            fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return (millionths < 0 ? "-" : "") + String(magnitude / 1_000_000) + "." + fraction
        }
        var text = String(format: "%.6f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static func written(_ value: Double) -> String {
        var writer = JSONWriter(capacity: 32)
        writer.decimal(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("a decimal is written as it always was")
    func writtenDecimals() async {
        let values = Gen.oneOf(
            Gen.double(in: -10...10), Gen.double(in: -1e10...1e10), Gen.double(in: -1e16...1e16),
            Gen.double(in: 0...1e-5), Gen.int(in: Int(Int32.min)...Int(Int32.max)).map { Double($0) / 1_000_000 })
        await propertyCheck(count: 2_000, input: values) { value in
            #expect(Self.written(value) == Self.decimalAsBefore(value), "\(value)")
        }
        for value in [
            0, -0.0, 1, -1, 0.5, -0.5, 1e-7, -1e-7, 4.9999995, 1_999_999_999.999_999, -1_999_999_999.999_999,
            2e9, 9.999_999_5e14, 1e15, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .ulpOfOne,
        ] {
            #expect(Self.written(value) == Self.decimalAsBefore(value), "\(value)")
        }
    }

    @Test("an integer is written as String writes it")
    func writtenIntegers() async {
        await propertyCheck(count: 500, input: Gen.int()) { number in
            var writer = JSONWriter(capacity: 32)
            writer.integer(number)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(number))
        }
        for number in [Int64.min, Int64.max, 0, -1, 10, -10] {
            var writer = JSONWriter(capacity: 32)
            writer.integer(number)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(number))
        }
    }
}
