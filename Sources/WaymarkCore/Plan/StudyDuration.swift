import Foundation

/// A length of study typed on the command line: `45m`, `1h30m`, `1.5h`, `2h`, or a
/// bare number of minutes (`90`). One entry is at least a minute and at most 24
/// hours: a longer one is almost surely a typo, and a day has no more.
public enum StudyDuration {
    public static let maximumMinutes = 24 * 60

    /// Why a duration was refused, in words for the learner.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Whole minutes, rounded to the nearest; a refusal says what was wrong.
    public static func minutes(_ text: String) -> Result<Int, Refusal> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let value = parse(trimmed) else {
            return .failure(
                Refusal(
                    description:
                        "'\(text)' is not a duration. Write minutes or hours, such as 45m, 1h30m, 1.5h, 2h or 90."))
        }
        let minutes = Int(value.rounded())
        if minutes <= 0 {
            return .failure(Refusal(description: "A study entry must be at least a minute; '\(text)' is none."))
        }
        if minutes > maximumMinutes {
            return .failure(
                Refusal(
                    description:
                        "'\(text)' is more than 24 hours, too long for one entry. Log each day on its own with --on."))
        }
        return .success(minutes)
    }

    /// Minutes as a fraction, or nil when the text is not one of the forms.
    private static func parse(_ text: String) -> Double? {
        guard !text.isEmpty else { return nil }
        if let plain = number(text) { return plain }
        var rest = Substring(text)
        var total = 0.0
        var sawPart = false
        if let hours = rest.firstIndex(of: "h") {
            guard let value = number(rest[..<hours]) else { return nil }
            total += value * 60
            rest = rest[rest.index(after: hours)...]
            sawPart = true
        }
        if rest.hasSuffix("min") {
            rest = rest.dropLast(3)
        } else if rest.hasSuffix("m") {
            rest = rest.dropLast()
        } else {
            return rest.isEmpty && sawPart ? total : nil
        }
        guard let value = number(rest) else { return nil }
        return total + value
    }

    /// A plain non-negative decimal: digits with at most one point, nothing else.
    private static func number(_ text: some StringProtocol) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            text.filter({ $0 == "." }).count <= 1, text != "."
        else { return nil }
        return Double(String(text)).flatMap { $0.isFinite ? $0 : nil }
    }

    /// "45 min", "1 h 30 min", "2 h".
    public static func label(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}
