import WaymarkCurriculum

/// Why a typed value could not be read. The message says what was typed and what
/// the field takes; `CalculatorError` puts the field's name in front.
public enum QuantityError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(expected: UnitKind)
    /// Two commas with nothing between them in a list, counting items from 1.
    case emptyItem(Int)
    case notANumber(String, expected: UnitKind)
    /// NaN or infinity, which no calculation may take in or give out.
    case notFinite(String)
    case negative(String)
    case zero
    case belowMinimum(String, minimum: String)
    case tooLarge(String, maximum: String)
    case notWhole(String)
    case unknownUnit(String, expected: UnitKind)
    /// A unit Waymark knows, but for another kind of quantity: `50ms` for a rate.
    case wrongUnit(String, measures: String, expected: UnitKind)
    case outOfRange(String, range: String)
    /// A plain number that could mean two things, such as `3` for an availability.
    case ambiguous(String, suggestion: String)

    public var description: String {
        switch self {
        case .empty(let expected):
            return "is empty; it takes \(expected.example)"
        case .emptyItem(let position):
            return "item \(position) of the list is empty"
        case .notANumber(let text, let expected):
            return "'\(Self.shown(text))' is not a number; it takes \(expected.example)"
        case .notFinite(let text):
            return "'\(Self.shown(text))' is not a finite number"
        case .negative(let text):
            return "'\(Self.shown(text))' is negative"
        case .zero:
            return "must be more than zero"
        case .belowMinimum(let text, let minimum):
            return "'\(Self.shown(text))' is too small; it must be at least \(minimum)"
        case .tooLarge(let text, let maximum):
            return "'\(Self.shown(text))' is too large; it must be at most \(maximum)"
        case .notWhole(let text):
            return "'\(Self.shown(text))' is not a whole number"
        case .unknownUnit(let unit, let expected):
            return "'\(Self.shown(unit))' is not a unit Waymark knows; it takes \(expected.example)"
        case .wrongUnit(let unit, let measures, let expected):
            return "'\(Self.shown(unit))' is \(measures), but this takes \(expected.example)"
        case .outOfRange(let text, let range):
            return "'\(Self.shown(text))' is outside \(range)"
        case .ambiguous(let text, let suggestion):
            return "'\(Self.shown(text))' is ambiguous; write \(suggestion)"
        }
    }

    /// Typed text echoed back: one line, no control characters, not too long.
    private static func shown(_ text: String) -> String {
        DisplayWidth.truncate(text.sanitizedLine, to: 40)
    }
}
