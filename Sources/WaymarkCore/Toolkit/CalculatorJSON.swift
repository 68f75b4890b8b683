import Foundation

/// `waymark calc NAME --json`: `{"calculator","inputs":{…},"outputs":{…},"warnings":[…]}`,
/// keys camelCase, numbers in SI base units (seconds, per second, fractions).
public struct CalculatorJSON: Encodable, Sendable, Equatable {
    /// A JSON number, true/false, or a list of numbers.
    public enum Value: Encodable, Sendable, Equatable {
        case number(Double)
        case flag(Bool)
        case list([Double])

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let value): try Self.encode(value, in: &container)
            case .flag(let value): try container.encode(value)
            case .list(let values): try container.encode(values.map(Value.number))
            }
        }

        /// Ten significant digits, so 0.1 + 0.2 reads 0.3 and 1 − 0.9999 sheds its binary
        /// noise; whole numbers without a fraction, so a count reads 17 and not 17.0.
        private static func encode(_ value: Double, in container: inout any SingleValueEncodingContainer) throws {
            let rounded = Double(String(format: "%.10g", value)) ?? value
            if rounded == rounded.rounded(), abs(rounded) < 9e15 {
                try container.encode(Int64(rounded))
            } else {
                try container.encode(rounded)
            }
        }
    }

    public var calculator: String
    public var inputs: [String: Value]
    public var outputs: [String: Value]
    public var warnings: [String]

    public init(_ result: CalculatorResult) {
        calculator = result.calculator
        inputs = Dictionary(
            uniqueKeysWithValues: result.inputs.map { entry in
                switch entry.value {
                case .number(let value): return (entry.field.key, Value.number(value))
                case .list(let values): return (entry.field.key, Value.list(values))
                }
            })
        outputs = Dictionary(
            uniqueKeysWithValues: result.outputs.map { output in
                switch output.value {
                case .number(let value, _): return (output.key, Value.number(value))
                case .flag(let value): return (output.key, Value.flag(value))
                }
            })
        warnings = result.warnings
    }
}
