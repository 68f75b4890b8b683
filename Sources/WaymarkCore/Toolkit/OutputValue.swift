/// One result: a number in the SI base unit of its kind, or a yes/no answer.
public enum OutputValue: Sendable, Equatable {
    case number(Double, UnitKind)
    case flag(Bool)

    /// As a person reads it: "50 ms", "yes".
    public var text: String {
        switch self {
        case .number(let value, let kind): return kind.format(value)
        case .flag(let value): return value ? "yes" : "no"
        }
    }
}
