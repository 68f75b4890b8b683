/// The values a calculator computes from, by field name, in SI base units. Fields
/// left out (and without a default) are absent.
public struct Inputs: Sendable, Equatable {
    public private(set) var values: [String: FieldValue]

    public init(_ values: [String: FieldValue] = [:]) {
        self.values = values
    }

    public mutating func set(_ field: Field, _ value: FieldValue?) {
        values[field.name] = value
    }

    /// A single-valued field's number, if given.
    public subscript(_ field: Field) -> Double? {
        guard case .number(let value) = values[field.name] else { return nil }
        return value
    }

    /// A list field's values, if given.
    public func list(_ field: Field) -> [Double]? {
        values[field.name]?.numbers
    }

    /// The number of a field the calculation cannot do without.
    public func require(_ field: Field) throws(CalculatorError) -> Double {
        guard let value = self[field] else {
            throw CalculatorError(field: field.name, "is needed: \(field.label.lowercased()), \(field.kind.example)")
        }
        return value
    }
}
