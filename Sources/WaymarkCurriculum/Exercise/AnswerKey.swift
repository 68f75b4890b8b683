import Foundation

/// What a self-check answer can be checked against, written under the worked
/// answer as a paragraph of its own:
///
///     Answer: 40 ± 1 jobs          a number, with a tolerance and a unit
///     Answer: 30 ± 5% s            a tolerance may be relative
///     Answer: b (of a, b, c, d)    one choice among options, named in the question
///
/// The learner types an answer in the reader or in a review and is told right or
/// wrong before the worked answer shows.
public enum AnswerKey: Sendable, Hashable, Codable {
    case number(value: Double, tolerance: Double, relative: Bool, unit: String?)
    case choice(correct: String, options: [String])

    /// Parses the text after `Answer:`; nil when it is neither form.
    public init?(_ text: String) {
        let text = text.trimmedOfSpaces
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let correct = text[..<open].trimmedOfSpaces.lowercased()
            var inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard inner.hasPrefix("of ") else { return nil }
            inner = inner.dropFirst(3)
            let options = inner.split(separator: ",").map { $0.trimmedOfSpaces.lowercased() }
            guard !correct.isEmpty, options.count >= 2, Set(options).count == options.count,
                options.contains(correct), options.allSatisfy({ !$0.isEmpty && !$0.contains(" ") })
            else { return nil }
            self = .choice(correct: correct, options: options)
            return
        }
        var words = text.split(separator: " ").map(String.init)
        guard let first = words.first, let value = Self.number(first) else { return nil }
        words.removeFirst()
        var tolerance = 0.0
        var relative = false
        if let sign = words.first, sign == "±" || sign == "+-" {
            words.removeFirst()
            guard let amount = words.first else { return nil }
            words.removeFirst()
            relative = amount.hasSuffix("%")
            guard let parsed = Self.number(relative ? String(amount.dropLast()) : amount), parsed >= 0 else {
                return nil
            }
            tolerance = parsed
        }
        guard words.count <= 1 else { return nil }
        self = .number(value: value, tolerance: tolerance, relative: relative, unit: words.first)
    }

    /// A number as written in a key or typed by a learner: `1,200`, `1200`, `0.05`, `5e-3`.
    static func number(_ text: String) -> Double? {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "," }))
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// Whether `typed` is right. A number may carry the key's unit or none; a
    /// choice is one of the option letters or words, in any case.
    public func accepts(_ typed: String) -> Bool {
        let typed = typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch self {
        case .choice(let correct, _):
            let answer = typed.trimmingCharacters(in: CharacterSet(charactersIn: "().) "))
            return answer == correct
        case .number(let value, let tolerance, let relative, let unit):
            var text = typed
            if let unit, text.hasSuffix(unit.lowercased()) { text = String(text.dropLast(unit.count)) }
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("%") { text.removeLast() }
            guard let number = Self.number(text) else { return false }
            let allowed = relative ? abs(value) * tolerance / 100 : tolerance
            // Half a unit in the last place of the key, so 0.1 + 0.2 is 0.3.
            return abs(number - value) <= allowed + abs(value) * 1e-9
        }
    }

    /// How the key reads back to the learner: "40 ± 1 jobs", "b".
    public var display: String {
        switch self {
        case .choice(let correct, _): return correct
        case .number(let value, let tolerance, let relative, let unit):
            let number = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
            let plusMinus =
                tolerance > 0
                ? " ± " + (tolerance.rounded() == tolerance ? String(Int(tolerance)) : String(tolerance))
                    + (relative ? "%" : "") : ""
            return number + plusMinus + (unit.map { " " + $0 } ?? "")
        }
    }

    /// What the learner is asked to type.
    public var prompt: String {
        switch self {
        case .choice(_, let options): return "one of " + options.joined(separator: ", ")
        case .number(_, _, _, let unit): return unit.map { "a number in \($0)" } ?? "a number"
        }
    }
}
