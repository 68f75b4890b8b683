import Foundation

/// How one kind of value is written into the progress file and read back from it
/// by the fast reader; JSONDecoder reads it through the value's own `Decodable`.
/// The two halves sit together so they cannot drift apart.
struct ProgressValue<Value>: Sendable {
    let write: @Sendable (inout JSONWriter, Value) -> Void
    let read: @Sendable (inout ProgressReader) throws(ProgressReader.GiveUp) -> Value
}

extension ProgressValue where Value == Int {
    static var integer: Self {
        Self(write: { $0.integer($1) }, read: { reader throws(ProgressReader.GiveUp) in try reader.readInteger() })
    }
}

extension ProgressValue where Value == Double {
    /// A measure such as a card's stability: six decimals, no exponent, a whole
    /// value as an integer, so the fast reader reads back what it wrote.
    static var decimal: Self {
        Self(
            write: { json, value in json.decimal(value) },
            read: { reader throws(ProgressReader.GiveUp) in try reader.readDecimal() })
    }
}

extension ProgressValue where Value == Bool {
    static var boolean: Self {
        Self(
            write: { json, value in json.boolean(value) },
            read: { reader throws(ProgressReader.GiveUp) in try reader.readBoolean() })
    }
}

extension ProgressValue where Value == String {
    static var string: Self {
        Self(write: { $0.string($1) }, read: { reader throws(ProgressReader.GiveUp) in try reader.readString() })
    }
}

extension ProgressValue where Value == Date {
    /// `2026-11-21T09:30:00Z`.
    static var timestamp: Self {
        Self(write: { $0.timestamp($1) }, read: { reader throws(ProgressReader.GiveUp) in try reader.readTimestamp() })
    }
}

extension ProgressValue where Value == Day {
    /// `2026-11-21`.
    static var day: Self {
        Self(write: { $0.day($1) }, read: { reader throws(ProgressReader.GiveUp) in try reader.readDay() })
    }
}

extension ProgressValue where Value: RawRepresentable<String> & Sendable {
    /// The raw value; any other string is left to JSONDecoder, which names it.
    static var enumeration: Self {
        Self(write: { $0.string($1.rawValue) }, read: { reader throws(ProgressReader.GiveUp) in try reader.readEnum() })
    }
}

extension ProgressValue where Value: ProgressRecord {
    /// An object whose fields `Value.fields` declares.
    static var record: Self {
        Self(write: { $1.write(to: &$0) }, read: { reader throws(ProgressReader.GiveUp) in try reader.readRecord() })
    }
}

extension ProgressValue {
    /// An object keyed by ids, written in UTF-8 order of the ids.
    static func map<Element>(of element: ProgressValue<Element>) -> Self where Value == [String: Element] {
        Self(
            write: { json, map in json.object(map, value: element.write) },
            read: { reader throws(ProgressReader.GiveUp) in try reader.readMap(element.read) })
    }

    /// An array, in its order.
    static func array<Element>(of element: ProgressValue<Element>) -> Self where Value == [Element] {
        Self(
            write: { json, elements in
                var array = json.beginArray()
                for item in elements {
                    json.element(in: &array)
                    element.write(&json, item)
                }
                json.endArray(array)
            },
            read: { reader throws(ProgressReader.GiveUp) in try reader.readArray(element.read) })
    }
}
