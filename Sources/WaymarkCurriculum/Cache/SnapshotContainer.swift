/// The values whose own `Codable` form does not fit flat bytes, written and read
/// their own way by `SnapshotEncoder` and `SnapshotDecoder`: an array's count comes
/// before its items, which an unkeyed container cannot know; a dictionary's keys
/// would be dropped with the struct keys, so its entries go as key and value, sorted
/// by key so that equal curricula give equal bytes; an optional needs a presence
/// mark wherever it sits.
protocol SnapshotContainer {
    func encode(to encoder: SnapshotEncoder) throws
    static func decode(from decoder: SnapshotDecoder) throws -> Self
}

extension Array: SnapshotContainer where Element: Codable {
    func encode(to encoder: SnapshotEncoder) throws {
        encoder.writer.int(count)
        for element in self { try encoder.encodeValue(element) }
    }

    static func decode(from decoder: SnapshotDecoder) throws -> Self {
        let count = try decoder.count()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        let next = decoder.decoding(Element.self)
        for _ in 0..<count { elements.append(try next()) }
        return elements
    }
}

extension Dictionary: SnapshotContainer where Key == String, Value: Codable {
    func encode(to encoder: SnapshotEncoder) throws {
        encoder.writer.int(count)
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            encoder.writer.string(key)
            try encoder.encodeValue(value)
        }
    }

    /// A key repeated (or two that sanitise alike) keeps its first value, as the
    /// entries were sorted when written.
    static func decode(from decoder: SnapshotDecoder) throws -> Self {
        let count = try decoder.count()
        var entries: [(String, Value)] = []
        entries.reserveCapacity(count)
        let next = decoder.decoding(Value.self)
        for _ in 0..<count { entries.append((try decoder.string(), try next())) }
        return Dictionary(entries) { first, _ in first }
    }
}

extension Optional: SnapshotContainer where Wrapped: Codable {
    func encode(to encoder: SnapshotEncoder) throws {
        encoder.writer.int(self == nil ? 0 : 1)
        if let value = self { try encoder.encodeValue(value) }
    }

    static func decode(from decoder: SnapshotDecoder) throws -> Self {
        try decoder.isAbsent() ? nil : try decoder.decodeValue(Wrapped.self)
    }
}
