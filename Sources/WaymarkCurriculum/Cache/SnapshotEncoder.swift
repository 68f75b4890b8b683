/// Writes an `Encodable` value as snapshot bytes: the values of its fields in the
/// order its `encode(to:)` gives them (declaration order when synthesized), without
/// keys. `SnapshotDecoder` reads them back in the same order, so a model type needs
/// no snapshot code of its own; see `SnapshotContainer` for arrays, dictionaries and
/// optionals, and `SnapshotWriter` for the bytes.
final class SnapshotEncoder: Encoder {
    /// What the snapshot cannot hold: nested containers and unkeyed containers
    /// other than an array's, which custom `encode(to:)` methods might ask for.
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    var writer = SnapshotWriter()
    /// The first unsupported request; `bytes(of:)` throws it once encoding is over,
    /// since an `Encoder` hands out containers without throwing.
    private var failure: Unsupported?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func bytes(of value: some Encodable) throws -> [UInt8] {
        let encoder = SnapshotEncoder()
        try encoder.encodeValue(value)
        if let failure = encoder.failure { throw failure }
        return encoder.writer.bytes
    }

    /// Every value goes through here, so arrays, dictionaries and optionals are
    /// written as `SnapshotContainer` says rather than as their own `encode(to:)` does.
    func encodeValue<Value: Encodable>(_ value: Value) throws {
        if let container = value as? any SnapshotContainer {
            try container.encode(to: self)
        } else {
            try value.encode(to: self)
        }
    }

    func unsupported(_ what: String) {
        if failure == nil { failure = Unsupported(description: "a curriculum snapshot cannot hold \(what)") }
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Fields(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        unsupported("an unkeyed container other than an array's")
        return Items(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Value(encoder: self) }

    // MARK: - Scalars, the same in every container

    fileprivate func write(_ value: Bool) { writer.int(value ? 1 : 0) }
    fileprivate func write(_ value: String) { writer.string(value) }
    fileprivate func write(_ value: Double) { writer.int(Int(Int64(bitPattern: value.bitPattern))) }
    fileprivate func write(_ value: Float) { writer.int(Int(value.bitPattern)) }
    fileprivate func write(_ value: some FixedWidthInteger) { writer.int(Int(truncatingIfNeeded: value)) }

    /// A presence mark, then the value when there is one.
    fileprivate func writeIfPresent<Wrapped>(_ value: Wrapped?, _ write: (Wrapped) throws -> Void) rethrows {
        writer.int(value == nil ? 0 : 1)
        if let value { try write(value) }
    }

    // MARK: - Containers

    /// A struct's fields, keys dropped.
    private struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: SnapshotEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey _: Key) { encoder.writer.int(0) }
        mutating func encode(_ value: Bool, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: String, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Double, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Float, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Int, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Int8, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Int16, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Int32, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: Int64, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: UInt, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: UInt8, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: UInt16, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: UInt32, forKey _: Key) { encoder.write(value) }
        mutating func encode(_ value: UInt64, forKey _: Key) { encoder.write(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey _: Key) throws { try encoder.encodeValue(value) }

        // Synthesized code skips nil optionals entirely; flat bytes need the mark.
        mutating func encodeIfPresent(_ value: Bool?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: String?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Double?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Float?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Int?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Int8?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Int16?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Int32?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: Int64?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: UInt?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey _: Key) { encoder.writeIfPresent(value, encoder.write) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey _: Key) throws {
            try encoder.writeIfPresent(value, encoder.encodeValue)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey _: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            encoder.unsupported("a nested container")
            return KeyedEncodingContainer(Fields<NestedKey>(encoder: encoder))
        }

        mutating func nestedUnkeyedContainer(forKey _: Key) -> any UnkeyedEncodingContainer {
            encoder.unsupported("a nested container")
            return Items(encoder: encoder)
        }

        mutating func superEncoder() -> any Encoder {
            encoder.unsupported("a superclass")
            return encoder
        }

        mutating func superEncoder(forKey _: Key) -> any Encoder { superEncoder() }
    }

    /// Only there because `Encoder` must offer one: arrays are written by
    /// `SnapshotContainer`, count first, which an unkeyed container cannot know.
    private struct Items: UnkeyedEncodingContainer {
        let encoder: SnapshotEncoder
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }

        mutating func encodeNil() { encoder.writer.int(0) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            encoder.unsupported("a nested container")
            return KeyedEncodingContainer(Fields<NestedKey>(encoder: encoder))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            encoder.unsupported("a nested container")
            return self
        }

        mutating func superEncoder() -> any Encoder {
            encoder.unsupported("a superclass")
            return encoder
        }
    }

    /// A value that encodes itself as one scalar, such as a raw-value enum.
    private struct Value: SingleValueEncodingContainer {
        let encoder: SnapshotEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { encoder.writer.int(0) }
        mutating func encode(_ value: Bool) { encoder.write(value) }
        mutating func encode(_ value: String) { encoder.write(value) }
        mutating func encode(_ value: Double) { encoder.write(value) }
        mutating func encode(_ value: Float) { encoder.write(value) }
        mutating func encode(_ value: Int) { encoder.write(value) }
        mutating func encode(_ value: Int8) { encoder.write(value) }
        mutating func encode(_ value: Int16) { encoder.write(value) }
        mutating func encode(_ value: Int32) { encoder.write(value) }
        mutating func encode(_ value: Int64) { encoder.write(value) }
        mutating func encode(_ value: UInt) { encoder.write(value) }
        mutating func encode(_ value: UInt8) { encoder.write(value) }
        mutating func encode(_ value: UInt16) { encoder.write(value) }
        mutating func encode(_ value: UInt32) { encoder.write(value) }
        mutating func encode(_ value: UInt64) { encoder.write(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
    }
}
