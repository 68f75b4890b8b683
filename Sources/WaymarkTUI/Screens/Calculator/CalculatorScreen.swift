import WaymarkCore

/// One calculator: a row per field, typed into in place, and the result worked out
/// again on every key: the outputs, the formula with the learner's own numbers, the
/// sentence that reads it, warnings, and for a queue the latency curve.
public struct CalculatorScreen: Sendable {
    public let calculator: Calculator
    /// The phase it was opened from, whose deliverable its results attach to.
    public let origin: PhaseReference?
    /// One editor per field, in the calculator's field order.
    var editors: [LineEditor]
    /// The field being typed into.
    var focus = 0
    /// First visible line of the result.
    var scroll = 0
    /// The fields as they stand, computed: a result, or the error that names what to fix.
    public private(set) var outcome: Result<CalculatorResult, CalculatorError>

    /// A field holds a value, or a list of up to a hundred; more is a paste gone wrong.
    static let fieldCapacity = 1_000

    /// Opens with the calculator's example filled in, so there is a result to read
    /// before anything is typed, and the first example field in focus.
    public init(_ calculator: Calculator, origin: PhaseReference? = nil) {
        self.calculator = calculator
        self.origin = origin
        let example = Dictionary(calculator.example.map { ($0.field, $0.text) }) { first, _ in first }
        editors = calculator.fields.map { LineEditor(example[$0.name] ?? "", capacity: Self.fieldCapacity) }
        focus = calculator.fields.firstIndex { example[$0.name] != nil } ?? 0
        outcome = .failure(CalculatorError(field: nil, "not computed yet"))
        recompute()
    }

    /// What is typed, by field name; a blank field counts as left out.
    public var texts: [String: String] {
        Dictionary(zip(calculator.fields.map(\.name), editors.map(\.text))) { first, _ in first }
    }

    /// The field in focus.
    public var focusedField: Field? {
        calculator.fields.indices.contains(focus) ? calculator.fields[focus] : nil
    }

    mutating func recompute() {
        do {
            outcome = .success(try calculator.compute(texts))
        } catch {
            outcome = .failure(error)
        }
    }
}

extension CalculatorScreen: Equatable {
    // The calculator is code as well as data; its id says which one it is.
    public static func == (lhs: CalculatorScreen, rhs: CalculatorScreen) -> Bool {
        lhs.calculator.id == rhs.calculator.id && lhs.origin == rhs.origin && lhs.editors == rhs.editors
            && lhs.focus == rhs.focus && lhs.scroll == rhs.scroll
    }
}

extension CalculatorScreen: ScreenModel {
    var title: String { "Calculator" }
    var screen: Screen { .calculator(self) }
    var pathID: String? { origin?.pathID }
    var takesText: Bool { true }

    func subtitle(_ app: AppContext) -> String? { calculator.title }
}
