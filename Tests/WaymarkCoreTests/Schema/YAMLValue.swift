import Foundation
import Yams

/// A YAML document as JSON-like values, each scalar typed as YAML 1.2's core
/// schema types it: what the YAML language server checks against a JSON Schema.
/// (The loader itself reads every scalar as text.)
indirect enum YAMLValue {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([YAMLValue])
    case object([(key: String, value: YAMLValue)])

    /// The parsed document, or nil for an empty one; throws on a syntax error.
    static func parse(_ text: String) throws -> YAMLValue? {
        try Yams.compose(yaml: text, Resolver.basic).map(YAMLValue.init)
    }

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = scalar.style == .plain ? Self.typed(scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            self = .array(sequence.map(YAMLValue.init))
        case .mapping(let mapping):
            self = .object(mapping.map { (key: $0.key.string ?? "\($0.key)", value: YAMLValue($0.value)) })
        case .alias:
            self = .null
        }
    }

    /// YAML 1.2 core schema resolution of a plain scalar.
    private static func typed(_ text: String) -> YAMLValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil, let value = Int(text) { return .integer(value) }
        if text.wholeMatch(of: /0x[0-9a-fA-F]+/) != nil, let value = Int(text.dropFirst(2), radix: 16) {
            return .integer(value)
        }
        if text.wholeMatch(of: /0o[0-7]+/) != nil, let value = Int(text.dropFirst(2), radix: 8) {
            return .integer(value)
        }
        if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil, let value = Double(text) {
            return .number(value)
        }
        if text.wholeMatch(of: /[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)/) != nil { return .number(.nan) }
        return .string(text)
    }
}
