import WaymarkCurriculum

/// One input of a calculator: what the view shows as an editable field and the
/// command line takes as `--name VALUE`. Calculators are lists of these, so the
/// view, the command line and the summary line need nothing per calculator.
public struct Field: Sendable, Equatable, Identifiable {
    /// The command-line option without its dashes, and the key of `Inputs`.
    public let name: String
    public let label: String
    public let kind: UnitKind
    /// Takes several values separated by commas.
    public let isList: Bool
    /// Text to use when the learner gives none; nil for a field that may be left out.
    public let defaultText: String?
    public let allowsZero: Bool
    /// The smallest value allowed, when more than zero.
    public let minimum: Double?
    public let maximum: Double

    public var id: String { name }

    public init(
        _ name: String, _ label: String, _ kind: UnitKind, isList: Bool = false, default defaultText: String? = nil,
        allowsZero: Bool = false, minimum: Double? = nil, maximum: Double? = nil
    ) {
        self.name = name
        self.label = label
        self.kind = kind
        self.isList = isList
        self.defaultText = defaultText
        self.allowsZero = allowsZero
        self.minimum = minimum
        self.maximum = maximum ?? kind.defaultMaximum
    }

    /// The JSON key: `arrival-rate` becomes `arrivalRate`.
    public var key: String {
        let words = name.split(separator: "-")
        return words.prefix(1).joined() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Lists longer than this are a paste gone wrong, not a system.
    static let maximumListLength = 100

    /// `text` read and checked for this field; errors name the field.
    public func read(_ text: String) throws(CalculatorError) -> FieldValue {
        do throws(QuantityError) {
            guard isList else { return .number(try value(text)) }
            let items = text.split(separator: ",", omittingEmptySubsequences: false)
            guard items.count <= Self.maximumListLength else {
                throw QuantityError.tooLarge("\(items.count) values", maximum: "\(Self.maximumListLength) values")
            }
            var values: [Double] = []
            for (position, item) in items.enumerated() {
                if item.trimmed.isEmpty { throw .emptyItem(position + 1) }
                values.append(try value(String(item)))
            }
            return .list(values)
        } catch {
            throw CalculatorError(field: name, error.description)
        }
    }

    private func value(_ text: String) throws(QuantityError) -> Double {
        let value = try Quantity.parse(text, as: kind).value
        if value == 0, !allowsZero { throw .zero }
        if let minimum, value < minimum { throw .belowMinimum(text.trimmed, minimum: kind.format(minimum)) }
        if value > maximum { throw .tooLarge(text.trimmed, maximum: kind.format(maximum)) }
        return value
    }
}
