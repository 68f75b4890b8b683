/// One field's value, in the SI base unit of its kind: a number, or for fields such
/// as `series` a comma-separated list of them.
public enum FieldValue: Sendable, Equatable {
    case number(Double)
    case list([Double])

    /// The values whichever form this is.
    public var numbers: [Double] {
        switch self {
        case .number(let value): return [value]
        case .list(let values): return values
        }
    }
}
