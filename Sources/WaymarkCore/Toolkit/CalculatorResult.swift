import WaymarkCurriculum

/// What a calculator gives back: the outputs, the formula with the learner's own
/// numbers in it, one sentence that reads the result, and warnings when an
/// assumption of the model breaks.
public struct CalculatorResult: Sendable, Equatable {
    /// The calculator's id and title; `Calculator.compute` fills them in.
    public internal(set) var calculator = ""
    public internal(set) var title = ""
    /// Every input used, given or defaulted, in the calculator's field order.
    public internal(set) var inputs: [InputEntry] = []
    public var outputs: [Output]
    /// One step per line, e.g. "L = λ × W = 800/s × 50 ms = 40".
    public var formula: [String]
    public var reading: String
    public var warnings: [String]
    public var chart: LatencyChart?

    public init(
        outputs: [Output], formula: [String], reading: String, warnings: [String] = [], chart: LatencyChart? = nil
    ) {
        self.outputs = outputs
        self.formula = formula
        self.reading = reading
        self.warnings = warnings
        self.chart = chart
    }

    public func output(_ key: String) -> Output? {
        outputs.first { $0.key == key }
    }

    /// The result in one readable line, to attach to a deliverable's note:
    /// "Little's Law: arrival rate λ 800/s, time in system W 50 ms → items in
    /// system L 40 (L = λ × W = 800/s × 50 ms = 40)".
    public var summaryLine: String {
        let given = inputs.map { "\($0.field.label.lowercasedFirst) \($0.text)" }
        let found = outputs.filter { !$0.isDetail }.map { "\($0.label.lowercasedFirst) \($0.value.text)" }
        let line =
            "\(title): \(given.joined(separator: ", ")) → \(found.joined(separator: ", "))"
            + " (\(formula.joined(separator: "; ")))"
        return line.sanitizedLine
    }
}
