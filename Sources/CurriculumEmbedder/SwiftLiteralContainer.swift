/// The values whose literal is not a call: arrays, `[String: Value]` tables (their
/// own `Codable` form is keyed like a struct's) and optionals.
protocol SwiftLiteralContainer {
    func swiftLiteral() throws -> SwiftLiteral
}

extension Array: SwiftLiteralContainer where Element: Encodable {
    func swiftLiteral() throws -> SwiftLiteral {
        .array(try map { try SwiftLiteralEncoder.literal(of: $0) })
    }
}

extension Dictionary: SwiftLiteralContainer where Key == String, Value: Encodable {
    func swiftLiteral() throws -> SwiftLiteral {
        .table(
            valueType: SwiftLiteralEncoder.name(of: Value.self),
            entries: try sorted { $0.key < $1.key }.map { ($0.key, try SwiftLiteralEncoder.literal(of: $0.value)) })
    }
}

extension Optional: SwiftLiteralContainer where Wrapped: Encodable {
    func swiftLiteral() throws -> SwiftLiteral {
        try map { try SwiftLiteralEncoder.literal(of: $0) } ?? .plain("nil")
    }
}
