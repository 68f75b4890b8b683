/// Swift source that rebuilds a value, kept as a tree so the embedder can lay the
/// biggest parts out as functions of their own. `SwiftLiteralEncoder` makes one
/// from any `Encodable` model value.
indirect enum SwiftLiteral {
    /// A literal as written: a string, a number, `nil`, `.someCase`.
    case plain(String)
    /// `Type(label: value, …)`; an empty label gives an unlabelled argument.
    case call(type: String, arguments: [(label: String, value: SwiftLiteral)])
    case array([SwiftLiteral])
    /// A `[String: Value]` dictionary, its entries sorted by key so the generated
    /// file only changes when the curriculum does.
    case table(valueType: String, entries: [(key: String, value: SwiftLiteral)])

    var text: String {
        switch self {
        case .plain(let text):
            return text
        case .call(let type, let arguments):
            let list = arguments.map { $0.label.isEmpty ? $0.value.text : "\($0.label): \($0.value.text)" }
            return "\(type)(\(list.joined(separator: ", ")))"
        case .array(let items):
            return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .table(_, let entries):
            guard !entries.isEmpty else { return "[:]" }
            return "[\n" + entries.map { "    \(Self.string($0.key)): \($0.value.text),\n" }.joined() + "]"
        }
    }

    /// A string literal. Everything outside printable ASCII is escaped, so the
    /// literal holds exactly these scalars whatever the compiler makes of quotes,
    /// newlines or combining marks.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "\""
    }
}

/// A type whose initializer is not the memberwise one its `Codable` form implies
/// writes its own literal.
protocol CustomSwiftLiteral {
    var swiftLiteral: SwiftLiteral { get }
}
