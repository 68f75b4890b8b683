/// One input a result was computed from, given or defaulted, for the summary line
/// and the JSON.
public struct InputEntry: Sendable, Equatable {
    public let field: Field
    public let value: FieldValue

    public init(field: Field, value: FieldValue) {
        self.field = field
        self.value = value
    }

    /// "800/s", or "99.9%, 99.9%" for a list.
    public var text: String {
        value.numbers.map(field.kind.format).joined(separator: ", ")
    }
}
