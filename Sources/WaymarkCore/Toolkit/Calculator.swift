import WaymarkCurriculum

/// A calculator that teaches: a list of fields, the lesson it comes from, and a
/// pure computation from those fields to a result. Everything the view and the
/// command line need is in the field list, so neither has code per calculator.
public struct Calculator: Sendable, Identifiable {
    /// The name on the command line: `waymark calc littles`.
    public let id: String
    public let title: String
    /// The lesson whose arithmetic this checks.
    public let lessonID: String
    /// What it answers, in one line.
    public let summary: String
    public let fields: [Field]
    /// Values that make a sensible first result, by field name, in field order.
    public let example: [(field: String, text: String)]
    private let body: @Sendable (Inputs) throws(CalculatorError) -> CalculatorResult

    public init(
        id: String, title: String, lessonID: String, summary: String, fields: [Field],
        example: [(field: String, text: String)],
        compute body: @escaping @Sendable (Inputs) throws(CalculatorError) -> CalculatorResult
    ) {
        self.id = id
        self.title = title
        self.lessonID = lessonID
        self.summary = summary
        self.fields = fields
        self.example = example
        self.body = body
    }

    /// Every calculator, in the order the lessons come.
    public static let all: [Calculator] = [
        LittlesLaw.calculator, AvailabilityMath.calculator, Queueing.calculator, CapacityPlan.calculator,
        Fanout.calculator, Quorum.calculator, RetryAmplification.calculator, CostModel.calculator,
    ]

    public static func named(_ id: String) -> Calculator? {
        all.first { $0.id == id }
    }

    public func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }

    /// Typed texts by field name read into inputs. A blank text counts as left out,
    /// as an emptied field on the screen does; defaults fill what is left out.
    public func inputs(from texts: [String: String]) throws(CalculatorError) -> Inputs {
        for name in texts.keys.sorted() where field(named: name) == nil {
            let close = Suggestion.closest(to: name, among: fields.map(\.name))
            let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
            throw CalculatorError(
                field: name.sanitizedLine,
                "\(id) has no such field; it takes \(fields.map(\.name).joined(separator: ", ")).\(hint)")
        }
        var inputs = Inputs()
        for field in fields {
            let typed = texts[field.name].map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            if let text = typed ?? field.defaultText { inputs.set(field, try field.read(text)) }
        }
        return inputs
    }

    public func compute(_ texts: [String: String]) throws(CalculatorError) -> CalculatorResult {
        try compute(inputs(from: texts))
    }

    public func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        var result = try body(inputs)
        // The fields' limits keep results finite; this keeps that promise if they ever do not.
        for output in result.outputs where !(output.number?.isFinite ?? true) {
            throw CalculatorError(field: nil, "the \(output.label.lowercased()) is too large to show; check the units")
        }
        result.calculator = id
        result.title = title
        result.inputs = fields.compactMap { field in
            inputs.values[field.name].map { InputEntry(field: field, value: $0) }
        }
        return result
    }
}
