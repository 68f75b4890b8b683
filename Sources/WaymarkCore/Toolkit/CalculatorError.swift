/// Why a calculator cannot give a result, naming the field to fix when there is
/// one. The view shows it beside that field; the command line prefixes `--`.
public struct CalculatorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field's name (`arrival-rate`), or nil when the problem is the set of fields.
    public var field: String?
    public var message: String

    public init(field: String?, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String {
        field.map { "\($0): \(message)" } ?? message
    }
}
