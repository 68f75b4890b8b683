import Foundation
import Testing

@testable import WaymarkCurriculum

/// The snapshot's bytes follow from `Codable`, so any model type, with any field
/// added later, must read back exactly as it was written.
@Suite("Snapshot encoder and decoder")
struct SnapshotCoderTests {
    struct Inner: Codable, Equatable {
        var name: String
        var tags: [String]
    }

    enum Kind: String, Codable {
        case plain, fancy
    }

    /// A field of every kind a model type may have.
    struct Sample: Codable, Equatable {
        var text: String
        var count: Int
        var negative: Int
        var small: Int8
        var huge: UInt64
        var flag: Bool
        var ratio: Double
        var kind: Kind
        var missing: String?
        var present: String?
        var absentInner: Inner?
        var inner: Inner?
        var items: [Inner]
        var table: [String: Inner]
        var gaps: [Int?]
        var nested: [[String]]
    }

    static let sample = Sample(
        text: "Läws ✓ 法", count: 300, negative: -7, small: -128, huge: .max, flag: true, ratio: -0.125,
        kind: .fancy, missing: nil, present: "here", absentInner: nil, inner: Inner(name: "i", tags: []),
        items: [Inner(name: "a", tags: ["x", "y"]), Inner(name: "", tags: [])],
        table: ["b": Inner(name: "two", tags: ["t"]), "a": Inner(name: "one", tags: [])],
        gaps: [1, nil, 3], nested: [[], ["p", "q"]])

    private static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        var reader = SnapshotReader(bytes)
        let value = try SnapshotDecoder.decode(type, from: &reader)
        guard reader.isAtEnd else { throw SnapshotReader.Malformed() }
        return value
    }

    @Test("a value with optionals, arrays, tables and every kind of scalar reads back equal")
    func roundTrip() throws {
        let bytes = try SnapshotEncoder.bytes(of: Self.sample)
        #expect(try Self.decode(Sample.self, from: bytes) == Self.sample)
    }

    @Test("fields go in declaration order without keys; counts come first and optionals carry a presence mark")
    func layout() throws {
        struct Small: Codable {
            var name: String
            var note: String?
            var list: [Int]
        }
        #expect(try SnapshotEncoder.bytes(of: Small(name: "ab", note: nil, list: [5])) == [2, 97, 98, 0, 1, 5])
        #expect(try SnapshotEncoder.bytes(of: Small(name: "", note: "c", list: [])) == [0, 1, 1, 99, 0])
    }

    @Test("a table is written sorted by key, so equal tables give equal bytes")
    func tablesSorted() throws {
        var forwards: [String: Int] = [:]
        var backwards: [String: Int] = [:]
        let keys = (0..<200).map { "key-\($0)" }
        for key in keys { forwards[key] = key.count }
        for key in keys.reversed() { backwards[key] = key.count }
        let bytes = try SnapshotEncoder.bytes(of: forwards)
        #expect(try SnapshotEncoder.bytes(of: backwards) == bytes)
        var expected = SnapshotWriter()
        expected.int(keys.count)
        for key in keys.sorted() {
            expected.string(key)
            expected.int(key.count)
        }
        #expect(bytes == expected.bytes)
    }

    @Test("every truncation of a snapshot is refused, never read as a shorter value")
    func truncated() throws {
        let bytes = try SnapshotEncoder.bytes(of: Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try Self.decode(Sample.self, from: Array(bytes.prefix(length))) }
        }
    }

    @Test("a presence mark or a flag other than 0 or 1 is refused")
    func badMarks() throws {
        struct Marked: Codable {
            var note: String?
            var flag: Bool
        }
        #expect(throws: (any Error).self) { try Self.decode(Marked.self, from: [2, 0]) }
        #expect(throws: (any Error).self) { try Self.decode(Marked.self, from: [0, 2]) }
        #expect(try Self.decode(Marked.self, from: [1, 1, 120, 1]).note == "x")
    }

    @Test("a type whose encoding needs a nested container cannot be snapshotted, and says so")
    func nestedContainerUnsupported() {
        struct Nested: Encodable {
            enum Keys: CodingKey { case outer, inner }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
                try nested.encode(1, forKey: .inner)
            }
        }
        #expect(throws: SnapshotEncoder.Unsupported.self) { try SnapshotEncoder.bytes(of: Nested()) }
    }

    @Test("text is sanitised on the way in, as when it is read from a curriculum file")
    func sanitised() throws {
        let bytes = try SnapshotEncoder.bytes(of: Inner(name: "red \u{1B}[31m", tags: ["\u{7}bell"]))
        let inner = try Self.decode(Inner.self, from: bytes)
        #expect(!inner.name.unicodeScalars.contains("\u{1B}"))
        #expect(!inner.tags[0].unicodeScalars.contains("\u{7}"))
    }
}
