import Foundation
import WaymarkCurriculum

/// Checks a value against a JSON Schema, for the subset of draft-07 that
/// `CurriculumSchema` generates. A keyword outside that subset is itself an
/// error, so the schema can never use one that nothing here checks.
struct SchemaValidator {
    let schema: SchemaJSON

    static let supportedKeywords: Set<String> = [
        "$schema", "title", "description", "definitions", "type", "properties", "required",
        "additionalProperties", "items", "minItems", "maxItems", "minLength", "maxLength", "pattern", "enum",
        "minimum", "maximum", "anyOf", "$ref",
    ]

    /// Every way `value` breaks the schema, each as "path: problem"; [] when valid.
    func errors(in value: YAMLValue) -> [String] {
        var errors: [String] = []
        check(value, against: schema, at: "$", into: &errors)
        return errors
    }

    private func check(_ value: YAMLValue, against schema: SchemaJSON, at path: String, into errors: inout [String]) {
        guard case .object(let members) = schema else {
            errors.append("\(path): the schema here is not an object")
            return
        }
        let keywords = Dictionary(members, uniquingKeysWith: { first, _ in first })
        for (keyword, _) in members where !Self.supportedKeywords.contains(keyword) {
            errors.append("\(path): unsupported keyword '\(keyword)'")
        }
        if case .string(let reference)? = keywords["$ref"] {
            guard let target = resolve(reference) else {
                errors.append("\(path): cannot resolve \(reference)")
                return
            }
            check(value, against: target, at: path, into: &errors)
        }
        if let type = keywords["type"] { checkType(value, type, at: path, into: &errors) }
        if case .array(let choices)? = keywords["enum"], !choices.contains(where: { Self.equals(value, $0) }) {
            errors.append("\(path): not one of the allowed values")
        }
        if case .array(let alternatives)? = keywords["anyOf"] {
            let fits = alternatives.contains { alternative in
                var inner: [String] = []
                check(value, against: alternative, at: path, into: &inner)
                return inner.isEmpty
            }
            if !fits { errors.append("\(path): fits none of the alternatives") }
        }
        switch value {
        case .string(let text):
            if case .integer(let minimum)? = keywords["minLength"], text.count < minimum {
                errors.append("\(path): shorter than \(minimum)")
            }
            if case .integer(let maximum)? = keywords["maxLength"], text.count > maximum {
                errors.append("\(path): longer than \(maximum)")
            }
            if case .string(let pattern)? = keywords["pattern"], !Self.matches(text, pattern) {
                errors.append("\(path): '\(text)' does not match \(pattern)")
            }
        case .integer(let number):
            if case .integer(let minimum)? = keywords["minimum"], number < minimum {
                errors.append("\(path): below \(minimum)")
            }
            if case .integer(let maximum)? = keywords["maximum"], number > maximum {
                errors.append("\(path): above \(maximum)")
            }
        case .array(let items):
            if case .integer(let minimum)? = keywords["minItems"], items.count < minimum {
                errors.append("\(path): fewer than \(minimum) items")
            }
            if case .integer(let maximum)? = keywords["maxItems"], items.count > maximum {
                errors.append("\(path): more than \(maximum) items")
            }
            if let itemSchema = keywords["items"] {
                for (index, item) in items.enumerated() {
                    check(item, against: itemSchema, at: "\(path)[\(index)]", into: &errors)
                }
            }
        case .object(let pairs):
            var properties: [String: SchemaJSON] = [:]
            if case .object(let declared)? = keywords["properties"] {
                properties = Dictionary(declared, uniquingKeysWith: { first, _ in first })
            }
            if case .array(let required)? = keywords["required"] {
                for case .string(let key) in required where !pairs.contains(where: { $0.key == key }) {
                    errors.append("\(path): missing '\(key)'")
                }
            }
            for (key, item) in pairs {
                if let propertySchema = properties[key] {
                    check(item, against: propertySchema, at: "\(path).\(key)", into: &errors)
                } else if case .bool(false)? = keywords["additionalProperties"] {
                    errors.append("\(path): unknown key '\(key)'")
                }
            }
        default:
            break
        }
    }

    private func checkType(_ value: YAMLValue, _ type: SchemaJSON, at path: String, into errors: inout [String]) {
        let names: [String]
        switch type {
        case .string(let name): names = [name]
        case .array(let items): names = items.compactMap { if case .string(let name) = $0 { name } else { nil } }
        default: names = []
        }
        let fits = names.contains { name in
            switch (name, value) {
            case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer),
                ("number", .number), ("string", .string), ("array", .array), ("object", .object):
                return true
            default:
                return false
            }
        }
        if !fits { errors.append("\(path): not of type \(names.joined(separator: " or "))") }
    }

    /// `#/definitions/NAME` in this schema.
    private func resolve(_ reference: String) -> SchemaJSON? {
        let prefix = "#/definitions/"
        guard reference.hasPrefix(prefix), case .object(let members) = schema,
            case .object(let definitions)? = members.first(where: { $0.0 == "definitions" })?.1
        else { return nil }
        return definitions.first { $0.0 == String(reference.dropFirst(prefix.count)) }?.1
    }

    private static func equals(_ value: YAMLValue, _ json: SchemaJSON) -> Bool {
        switch (value, json) {
        case (.string(let a), .string(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        default: return false
        }
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, range: range) != nil
    }
}
