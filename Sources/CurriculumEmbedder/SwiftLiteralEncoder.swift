/// Turns an `Encodable` value into the Swift expression that rebuilds it:
/// `Type(label: value, …)` with the labels of its coding keys. For a synthesized
/// conformance those are its stored properties in declaration order, which is how
/// the model's memberwise initializers take them, so a new field needs no code
/// here; a type whose initializer differs conforms to `CustomSwiftLiteral`.
final class SwiftLiteralEncoder: Encoder {
    /// What has no literal here: nested containers, non-finite numbers, a value
    /// that encodes nothing. The build stops with it rather than write wrong code.
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    private let type: String
    private var arguments: [(label: String, value: SwiftLiteral)]?
    private var single: SwiftLiteral?
    private var failure: Unsupported?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private init(type: String) {
        self.type = type
    }

    static func literal<Value: Encodable>(of value: Value) throws -> SwiftLiteral {
        if let custom = value as? any CustomSwiftLiteral { return custom.swiftLiteral }
        if let container = value as? any SwiftLiteralContainer { return try container.swiftLiteral() }
        let encoder = SwiftLiteralEncoder(type: name(of: Value.self))
        try value.encode(to: encoder)
        if let failure = encoder.failure { throw failure }
        if let arguments = encoder.arguments { return .call(type: encoder.type, arguments: arguments) }
        guard let single = encoder.single else { throw Unsupported(description: "\(Value.self) encodes nothing") }
        // A raw-value enum encodes its raw value, but the initializer wants the case.
        guard Mirror(reflecting: value).displayStyle == .enum else { return single }
        guard !(value is any CustomStringConvertible) else {
            throw Unsupported(description: "\(Value.self) needs a CustomSwiftLiteral to name its cases")
        }
        return .plain(".\(value)")
    }

    /// How generated code names `type`: without module names, as the generated file
    /// imports WaymarkCurriculum and the standard library.
    static func name(of type: Any.Type) -> String {
        String(reflecting: type).replacingOccurrences(of: "Swift.", with: "")
            .replacingOccurrences(of: "WaymarkCurriculum.", with: "")
    }

    private func unsupported(_ what: String) {
        if failure == nil { failure = Unsupported(description: "\(type): no Swift literal for \(what)") }
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        if arguments == nil { arguments = [] }
        return KeyedEncodingContainer(Arguments(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        unsupported("an unkeyed container other than an array's")
        return Unkeyed()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    // MARK: - Scalars

    private static func literal(_ value: Bool) -> SwiftLiteral { .plain(value ? "true" : "false") }
    private static func literal(_ value: String) -> SwiftLiteral { .plain(SwiftLiteral.string(value)) }
    private static func literal(_ value: some BinaryInteger) -> SwiftLiteral { .plain("\(value)") }
    private static func literal(_ value: some BinaryFloatingPoint & LosslessStringConvertible) throws -> SwiftLiteral {
        guard value.isFinite else { throw Unsupported(description: "no Swift literal for \(value)") }
        return .plain("\(value)")
    }

    // MARK: - Containers

    /// A call's arguments, labelled with the keys.
    private struct Arguments<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: SwiftLiteralEncoder
        var codingPath: [any CodingKey] { [] }

        private func add(_ value: SwiftLiteral, _ key: Key) { encoder.arguments?.append((key.stringValue, value)) }

        /// `nil` is written, not skipped: the initializer still takes the argument.
        private func addIfPresent<Value>(_ value: Value?, _ key: Key, _ literal: (Value) throws -> SwiftLiteral)
            rethrows
        {
            add(try value.map(literal) ?? .plain("nil"), key)
        }

        mutating func encodeNil(forKey key: Key) { add(.plain("nil"), key) }
        mutating func encode(_ value: Bool, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: String, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { add(try literal(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { add(try literal(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: Int16, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: Int32, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) { add(literal(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) { add(literal(value), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { add(try literal(of: value), key) }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
            try addIfPresent(value, key) { try literal($0) }
        }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
            try addIfPresent(value, key) { try literal($0) }
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) { addIfPresent(value, key) { literal($0) } }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            try addIfPresent(value, key) { try literal(of: $0) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey _: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            encoder.unsupported("a nested container")
            return KeyedEncodingContainer(Arguments<NestedKey>(encoder: encoder))
        }

        mutating func nestedUnkeyedContainer(forKey _: Key) -> any UnkeyedEncodingContainer {
            encoder.unsupported("a nested container")
            return Unkeyed()
        }

        mutating func superEncoder() -> any Encoder {
            encoder.unsupported("a superclass")
            return encoder
        }

        mutating func superEncoder(forKey _: Key) -> any Encoder { superEncoder() }
    }

    /// What `unkeyedContainer()` hands out after recording that it has no literal.
    private struct Unkeyed: UnkeyedEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }

        mutating func encodeNil() {}
        mutating func encode<T: Encodable>(_: T) {}
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            KeyedEncodingContainer(Arguments<NestedKey>(encoder: SwiftLiteralEncoder(type: "")))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { SwiftLiteralEncoder(type: "") }
    }

    /// A value that encodes itself as one scalar.
    private struct Single: SingleValueEncodingContainer {
        let encoder: SwiftLiteralEncoder
        var codingPath: [any CodingKey] { [] }

        private func set(_ value: SwiftLiteral) { encoder.single = value }

        mutating func encodeNil() { set(.plain("nil")) }
        mutating func encode(_ value: Bool) { set(literal(value)) }
        mutating func encode(_ value: String) { set(literal(value)) }
        mutating func encode(_ value: Double) throws { set(try literal(value)) }
        mutating func encode(_ value: Float) throws { set(try literal(value)) }
        mutating func encode(_ value: Int) { set(literal(value)) }
        mutating func encode(_ value: Int8) { set(literal(value)) }
        mutating func encode(_ value: Int16) { set(literal(value)) }
        mutating func encode(_ value: Int32) { set(literal(value)) }
        mutating func encode(_ value: Int64) { set(literal(value)) }
        mutating func encode(_ value: UInt) { set(literal(value)) }
        mutating func encode(_ value: UInt8) { set(literal(value)) }
        mutating func encode(_ value: UInt16) { set(literal(value)) }
        mutating func encode(_ value: UInt32) { set(literal(value)) }
        mutating func encode(_ value: UInt64) { set(literal(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { set(try literal(of: value)) }
    }
}
