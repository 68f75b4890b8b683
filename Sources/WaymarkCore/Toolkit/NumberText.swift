import Foundation

/// Numbers as a person reads them: a few significant digits, thousands grouped,
/// no trailing zeros, the same on every machine (no locale).
enum NumberText {
    /// `value` to `digits` significant digits, though never rounding away a digit
    /// before the decimal point: 3,472 stays 3,472, not 3,470.
    static func significant(_ value: Double, digits: Int = 4) -> String {
        guard value != 0 else { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e15 || magnitude < 1e-6 { return scientific(value) }
        let integerDigits = Int(floor(log10(magnitude))) + 1
        return fixed(value, decimals: max(0, digits - integerDigits))
    }

    /// `value` with at most `decimals` digits after the point, grouped by thousands.
    static func fixed(_ value: Double, decimals: Int, keepZeros: Bool = false) -> String {
        var text = String(format: "%.\(max(0, min(decimals, 15)))f", value)
        if !keepZeros, text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return grouped(text)
    }

    /// A share close to 1 as a percentage showing three digits of what is missing:
    /// 0.99995 is "99.995", 0.9999 is "99.99", 0.997003 is "99.7", 0.5 is "50".
    static func percentNearOne(_ fraction: Double) -> String {
        let missing = (1 - fraction) * 100
        guard missing > 0 else { return "100" }
        let decimals = min(12, max(0, -Int(floor(log10(missing))) + 2))
        return fixed(fraction * 100, decimals: decimals)
    }

    static func scientific(_ value: Double) -> String {
        String(format: "%.3g", value)
    }

    private static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let integer = unsigned.prefix { $0 != "." }
        guard integer.count > 3 else { return text }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        return (negative ? "-" : "") + groups.joined(separator: ",") + unsigned.dropFirst(integer.count)
    }
}
