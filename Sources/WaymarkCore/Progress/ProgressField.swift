import Foundation

/// One field of an object in the progress file, declared once: its key, where it
/// lives in the Swift value, and how its value is written and read. `JSONWriter`,
/// `ProgressReader` and JSONDecoder all follow the same declaration, so a field
/// cannot be written one way and read another.
struct ProgressField<Record>: Sendable {
    let key: StaticString
    /// `key` as a `String`, to compare with the keys read from a file.
    let name: String
    /// A file without it is damaged (JSONDecoder says which field is missing).
    let isRequired: Bool
    /// Writes the key and value, or nothing for an unset optional.
    let write: @Sendable (Record, inout JSONWriter, inout JSONWriter.OpenObject) -> Void
    /// Reads the value, the reader being just past the key.
    let read: @Sendable (inout ProgressReader, inout Record) throws(ProgressReader.GiveUp) -> Void
    /// JSONDecoder's way, which also words the errors.
    let decode: @Sendable (KeyedDecodingContainer<AnyCodingKey>, inout Record) throws -> Void

    /// A field every file has.
    static func required<Value: Decodable & Sendable>(
        _ key: StaticString, _ path: WritableKeyPath<Record, Value>, _ value: ProgressValue<Value>
    ) -> Self {
        let name = "\(key)"
        let property = StoredProperty(path)
        return Self(
            key: key, name: name, isRequired: true,
            write: { record, json, object in
                json.key(key, in: &object)
                value.write(&json, property.get(record))
            },
            read: { reader, record throws(ProgressReader.GiveUp) in property.set(&record, try value.read(&reader)) },
            decode: { container, record in
                property.set(&record, try container.decode(Value.self, forKey: AnyCodingKey(name)))
            })
    }

    /// A field written only when it has a value; absent or null, it reads as nil.
    static func optional<Value: Decodable & Sendable>(
        _ key: StaticString, _ path: WritableKeyPath<Record, Value?>, _ value: ProgressValue<Value>
    ) -> Self {
        let name = "\(key)"
        let property = StoredProperty(path)
        return Self(
            key: key, name: name, isRequired: false,
            write: { record, json, object in
                guard let present = property.get(record) else { return }
                json.key(key, in: &object)
                value.write(&json, present)
            },
            read: { reader, record throws(ProgressReader.GiveUp) in
                property.set(&record, try reader.readNull() ? nil : value.read(&reader))
            },
            decode: { container, record in
                property.set(&record, try container.decodeIfPresent(Value.self, forKey: AnyCodingKey(name)))
            })
    }

    /// A collection always written, even empty; absent or null, it reads as the
    /// blank record's (empty), so hand-trimmed files still load.
    static func collection<Value: Decodable & Sendable>(
        _ key: StaticString, _ path: WritableKeyPath<Record, Value>, _ value: ProgressValue<Value>
    ) -> Self {
        let name = "\(key)"
        let property = StoredProperty(path)
        return Self(
            key: key, name: name, isRequired: false,
            write: { record, json, object in
                json.key(key, in: &object)
                value.write(&json, property.get(record))
            },
            read: { reader, record throws(ProgressReader.GiveUp) in
                if try !reader.readNull() { property.set(&record, try value.read(&reader)) }
            },
            decode: { container, record in
                if let decoded = try container.decodeIfPresent(Value.self, forKey: AnyCodingKey(name)) {
                    property.set(&record, decoded)
                }
            })
    }
}

/// The fields of one record type, in the two orders they are needed in.
struct ProgressFields<Record>: Sendable {
    /// As declared, which is the order JSONDecoder reads them in: with several
    /// problems in one object, the one it reports first stays the same.
    let declared: [ProgressField<Record>]
    /// In UTF-8 order of their keys, the order of the file.
    let written: [ProgressField<Record>]
    /// One bit per required field, by its index in `declared`.
    let requiredMask: UInt64

    init(_ fields: [ProgressField<Record>]) {
        precondition(fields.count <= UInt64.bitWidth, "a record's fields are tracked in one 64-bit mask")
        precondition(fields.allSatisfy { $0.key.isASCII }, "keys are matched as ASCII bytes by the fast reader")
        declared = fields
        written = fields.sorted { lhs, rhs in
            UnsafeBufferPointer(start: lhs.key.utf8Start, count: lhs.key.utf8CodeUnitCount)
                .lexicographicallyPrecedes(
                    UnsafeBufferPointer(start: rhs.key.utf8Start, count: rhs.key.utf8CodeUnitCount))
        }
        requiredMask = fields.indices.reduce(0) { mask, index in fields[index].isRequired ? mask | 1 << index : mask }
    }

    /// The index in `declared` of the field named `name`.
    func index(of name: String) -> Int? {
        declared.firstIndex { $0.name == name }
    }

    /// The same for a key as the fast reader reads it. A plain ASCII key is compared
    /// byte for byte, which for ASCII is what String's canonical equality comes to
    /// (every declared key is ASCII): 600,000 keys in a log of 100,000 reviews.
    func index(of key: ProgressReader.Key) -> Int? {
        guard let ascii = key.ascii else { return index(of: key.text) }
        return declared.firstIndex { field in
            field.key.utf8CodeUnitCount == ascii.count
                && (ascii.isEmpty || memcmp(field.key.utf8Start, ascii.baseAddress!, ascii.count) == 0)
        }
    }
}

/// A stored property of a record, read and written at its offset. A key path kept
/// in a value costs some 30 ns a use through the runtime, and a save of 20,000
/// deliverables uses one 60,000 times; `MemoryLayout.offset(of:)` is documented for
/// this, as a pointer to the property within a pointer to the record.
private struct StoredProperty<Record, Value> {
    let offset: Int

    init(_ path: WritableKeyPath<Record, Value>) {
        guard let offset = MemoryLayout<Record>.offset(of: path) else {
            preconditionFailure("a progress field must be a stored property of its record")
        }
        self.offset = offset
    }

    func get(_ record: Record) -> Value {
        withUnsafePointer(to: record) { UnsafeRawPointer($0).load(fromByteOffset: offset, as: Value.self) }
    }

    func set(_ record: inout Record, _ value: Value) {
        withUnsafeMutablePointer(to: &record) { pointer in
            UnsafeMutableRawPointer(pointer).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee = value
        }
    }
}
