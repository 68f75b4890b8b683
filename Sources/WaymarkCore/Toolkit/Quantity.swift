import Foundation
import WaymarkCurriculum

/// A number as a learner types it, with its unit, read into the SI base unit of its
/// kind: `48000/min` is 800 per second, `50ms` is 0.05 seconds, `99.95%` and
/// `3.5 nines` are fractions. A plain number is taken in the base unit (per second,
/// seconds), except where it could mean two things, which is refused with a hint.
public struct Quantity: Sendable, Equatable {
    public var value: Double
    public var kind: UnitKind

    public init(value: Double, kind: UnitKind) {
        self.value = value
        self.kind = kind
    }

    /// More nines than a Double can tell from 1.
    static let maximumNines = 12.0

    public static func parse(_ text: String, as kind: UnitKind) throws(QuantityError) -> Quantity {
        let typed = text.trimmed
        guard !typed.isEmpty else { throw .empty(expected: kind) }
        var rest = Substring(typed)
        var prefix: String?
        if let first = rest.first,
            first == "$" || ((first == "p" || first == "P") && rest.dropFirst().first?.isNumber == true)
        {
            prefix = String(first)
            rest = rest.dropFirst()
        }
        let numberText = Self.leadingNumber(of: rest)
        let suffix = rest.dropFirst(numberText.count).trimmed
        guard let number = Self.number(from: numberText) else {
            let word = rest.drop(while: { $0 == "-" || $0 == "+" }).lowercased()
            if ["nan", "inf", "∞"].contains(where: { word.hasPrefix($0) }) { throw .notFinite(typed) }
            throw .notANumber(typed, expected: kind)
        }
        if number < 0 { throw .negative(typed) }
        guard number.isFinite else { throw .tooLarge(typed, maximum: kind.format(kind.defaultMaximum)) }
        if prefix != nil, !suffix.isEmpty { throw .unknownUnit(typed, expected: kind) }
        let unitText = prefix ?? suffix
        var unit: TypedUnit?
        if !unitText.isEmpty {
            guard let known = TypedUnit.named(unitText) else { throw .unknownUnit(unitText, expected: kind) }
            unit = known
        }
        let value = try convert(number, unit: unit, unitText: unitText, typed: typed, to: kind)
        return Quantity(value: value, kind: kind)
    }

    /// The number `unit` turns `number` into for a field of `kind`.
    private static func convert(
        _ number: Double, unit: TypedUnit?, unitText: String, typed: String, to kind: UnitKind
    ) throws(QuantityError) -> Double {
        switch (kind, unit) {
        case (.rate, nil), (.duration, nil), (.count, nil), (.factor, nil), (.factor, .times?), (.money, nil),
            (.money, .currency?):
            return number
        case (.rate, .rate(let perSecond)?):
            return number * perSecond
        case (.duration, .time(let seconds)?):
            return number * seconds
        case (.wholeNumber, nil):
            guard number.rounded() == number else { throw .notWhole(typed) }
            return number
        case (.availability, _):
            return try availability(number, unit: unit, unitText: unitText, typed: typed)
        case (.fraction, .percent?):
            return number / 100
        case (.fraction, nil):
            guard number <= 1 else { throw .ambiguous(typed, suggestion: "\(typed)% or a fraction such as 0.6") }
            return number
        case (.percentile, nil), (.percentile, .percent?), (.percentile, .percentilePrefix?):
            guard number > 0, number < 100 else { throw .outOfRange(typed, range: "(0, 100): p50, p99 and p99.9 fit") }
            return number
        default:
            // Every kind is handled above without a unit, so a unit was typed that this kind does not take.
            throw .wrongUnit(unitText, measures: unit?.measures ?? "another quantity", expected: kind)
        }
    }

    private static func availability(
        _ number: Double, unit: TypedUnit?, unitText: String, typed: String
    ) throws(QuantityError) -> Double {
        if number == 0 { throw .zero }
        switch unit {
        case .percent?:
            guard number <= 100 else { throw .outOfRange(typed, range: "(0%, 100%]") }
            return number / 100
        case .nines?:
            guard number <= maximumNines else {
                throw .tooLarge(typed, maximum: "\(Int(maximumNines)) nines")
            }
            return 1 - pow(10, -number)
        case nil:
            if number <= 1 { return number }
            if number >= 10, number <= 100 { return number / 100 }
            guard number < 10 else { throw .outOfRange(typed, range: "(0%, 100%]") }
            throw .ambiguous(typed, suggestion: "\(typed) nines, \(typed)% or a fraction such as 0.999")
        case let other?:
            throw .wrongUnit(unitText, measures: other.measures, expected: .availability)
        }
    }

    /// The longest prefix that looks like a number: digits with an optional sign,
    /// decimal point, thousands commas, underscores and exponent.
    static func leadingNumber(of text: Substring) -> Substring {
        var end = text.startIndex
        var index = text.startIndex
        var sawDigit = false
        var sawExponent = false
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII, character.isNumber {
                sawDigit = true
            } else if character == "-" || character == "+" {
                let afterExponent = index > text.startIndex && "eE".contains(text[text.index(before: index)])
                guard index == text.startIndex || afterExponent else { break }
            } else if character == "." || character == "," || character == "_" {
                guard !sawExponent else { break }
            } else if character == "e" || character == "E", sawDigit, !sawExponent {
                let next = text.index(after: index)
                let exponentStart = next < text.endIndex && "+-".contains(text[next]) ? text.index(after: next) : next
                guard exponentStart < text.endIndex, text[exponentStart].isASCII, text[exponentStart].isNumber else {
                    break
                }
                sawExponent = true
            } else {
                break
            }
            index = text.index(after: index)
            if sawDigit { end = index }
        }
        return text[text.startIndex..<end]
    }

    /// The number in `text`, with `_` ignored and `,` accepted only as a thousands
    /// separator (`48,000`), never as a decimal comma (`0,5` is refused).
    static func number(from text: Substring) -> Double? {
        let plain = text.filter { $0 != "_" }
        if plain.contains(",") {
            let integerPart = plain.prefix { $0 != "." && $0 != "e" && $0 != "E" }
            let groups = integerPart.drop(while: { $0 == "-" || $0 == "+" }).split(
                separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 }),
                !plain.dropFirst(integerPart.count).contains(",")
            else { return nil }
        }
        return Double(plain.filter { $0 != "," })
    }
}
