/// Reads what `SnapshotEncoder` wrote: the next value, whatever key it is asked
/// for, so a type's `init(from:)` must decode its fields in the order its
/// `encode(to:)` encodes them, as synthesized conformances do. Anything that does
/// not fit throws `SnapshotReader.Malformed`: a damaged or foreign snapshot is
/// simply not used.
struct SnapshotDecoder: Decoder {
    /// The reader every container of one decoding reads from. A pointer rather
    /// than a class holding it: a snapshot has hundreds of thousands of fields, and
    /// a class's exclusivity checks and reference counting cost more per field than
    /// reading it. Valid only inside `decode(_:from:)`, which no container outlives.
    private let reader: UnsafeMutablePointer<SnapshotReader>

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The value at the reader's position, the reader left just past it.
    static func decode<Value: Decodable>(_ type: Value.Type, from reader: inout SnapshotReader) throws -> Value {
        try withUnsafeMutablePointer(to: &reader) { pointer in try SnapshotDecoder(reader: pointer).decodeValue(type) }
    }

    private init(reader: UnsafeMutablePointer<SnapshotReader>) {
        self.reader = reader
    }

    /// Every value comes through here, so arrays, dictionaries and optionals are read
    /// as `SnapshotContainer` says; the commonest types skip the conformance lookup.
    func decodeValue<Value: Decodable>(_: Value.Type) throws -> Value {
        if Value.self == String.self { return try reader.pointee.string() as! Value }
        if Value.self == [String].self { return try reader.pointee.strings() as! Value }
        if let container = Value.self as? any SnapshotContainer.Type { return try decode(container) as! Value }
        return try Value(from: self)
    }

    /// How values of one type are read, found once for a run of them (the 20,000
    /// deliverables of a large curriculum) rather than for each.
    func decoding<Value: Decodable>(_: Value.Type) -> () throws -> Value {
        let needsDecodeValue =
            Value.self == String.self || Value.self == [String].self || Value.self is any SnapshotContainer.Type
        return needsDecodeValue ? { try decodeValue(Value.self) } : { try Value(from: self) }
    }

    private func decode<Container: SnapshotContainer>(_: Container.Type) throws -> Container {
        try Container.decode(from: self)
    }

    /// A count of items: never more than the bytes left.
    func count() throws -> Int { try reader.pointee.count() }

    func string() throws -> String { try reader.pointee.string() }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Fields(decoder: self))
    }

    /// Arrays are read by `SnapshotContainer`; nothing the encoder writes needs this.
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw SnapshotReader.Malformed() }

    func singleValueContainer() -> any SingleValueDecodingContainer { Value(decoder: self) }

    // MARK: - Scalars, the same in every container

    fileprivate func read(_: Bool.Type) throws -> Bool {
        switch try reader.pointee.int() {
        case 0: return false
        case 1: return true
        default: throw SnapshotReader.Malformed()
        }
    }

    fileprivate func read(_: String.Type) throws -> String { try reader.pointee.string() }
    fileprivate func read(_: Double.Type) throws -> Double {
        Double(bitPattern: UInt64(bitPattern: Int64(try reader.pointee.int())))
    }
    fileprivate func read(_: Float.Type) throws -> Float {
        guard let bits = UInt32(exactly: try reader.pointee.int()) else { throw SnapshotReader.Malformed() }
        return Float(bitPattern: bits)
    }

    fileprivate func read<Integer: FixedWidthInteger>(_: Integer.Type) throws -> Integer {
        let value = try reader.pointee.int()
        // Unsigned 64-bit values were written as their bit pattern.
        if Integer.bitWidth == 64, !Integer.isSigned { return Integer(truncatingIfNeeded: value) }
        guard let exact = Integer(exactly: value) else { throw SnapshotReader.Malformed() }
        return exact
    }

    /// The presence mark before an optional: true when no value follows.
    func isAbsent() throws -> Bool { !(try read(Bool.self)) }

    // MARK: - Containers

    /// A struct's fields, in the order they are asked for.
    private struct Fields<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: SnapshotDecoder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }

        func contains(_: Key) -> Bool { true }
        // `decodeIfPresent` asks this first: the presence mark.
        func decodeNil(forKey _: Key) throws -> Bool { try decoder.isAbsent() }
        func decode(_ type: Bool.Type, forKey _: Key) throws -> Bool { try decoder.read(type) }
        func decode(_ type: String.Type, forKey _: Key) throws -> String { try decoder.read(type) }
        func decode(_ type: Double.Type, forKey _: Key) throws -> Double { try decoder.read(type) }
        func decode(_ type: Float.Type, forKey _: Key) throws -> Float { try decoder.read(type) }
        func decode(_ type: Int.Type, forKey _: Key) throws -> Int { try decoder.read(type) }
        func decode(_ type: Int8.Type, forKey _: Key) throws -> Int8 { try decoder.read(type) }
        func decode(_ type: Int16.Type, forKey _: Key) throws -> Int16 { try decoder.read(type) }
        func decode(_ type: Int32.Type, forKey _: Key) throws -> Int32 { try decoder.read(type) }
        func decode(_ type: Int64.Type, forKey _: Key) throws -> Int64 { try decoder.read(type) }
        func decode(_ type: UInt.Type, forKey _: Key) throws -> UInt { try decoder.read(type) }
        func decode(_ type: UInt8.Type, forKey _: Key) throws -> UInt8 { try decoder.read(type) }
        func decode(_ type: UInt16.Type, forKey _: Key) throws -> UInt16 { try decoder.read(type) }
        func decode(_ type: UInt32.Type, forKey _: Key) throws -> UInt32 { try decoder.read(type) }
        func decode(_ type: UInt64.Type, forKey _: Key) throws -> UInt64 { try decoder.read(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey _: Key) throws -> T { try decoder.decodeValue(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey _: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw SnapshotReader.Malformed()
        }

        func nestedUnkeyedContainer(forKey _: Key) throws -> any UnkeyedDecodingContainer {
            throw SnapshotReader.Malformed()
        }

        func superDecoder() throws -> any Decoder { throw SnapshotReader.Malformed() }
        func superDecoder(forKey _: Key) throws -> any Decoder { throw SnapshotReader.Malformed() }
    }

    /// A value that decodes itself from one scalar, such as a raw-value enum.
    private struct Value: SingleValueDecodingContainer {
        let decoder: SnapshotDecoder
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.read(type) }
        func decode(_ type: String.Type) throws -> String { try decoder.read(type) }
        func decode(_ type: Double.Type) throws -> Double { try decoder.read(type) }
        func decode(_ type: Float.Type) throws -> Float { try decoder.read(type) }
        func decode(_ type: Int.Type) throws -> Int { try decoder.read(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decoder.read(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decoder.read(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decoder.read(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decoder.read(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try decoder.read(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.read(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.read(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.read(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.read(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
    }
}
