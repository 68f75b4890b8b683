/// One JSON object being decoded: its known fields by name, every other field kept
/// as `UnknownFields`. One container serves both: JSONDecoder builds a table of the
/// object's keys for each container asked of it, and a progress file has tens of
/// thousands of objects.
struct ObjectDecoder<Known: CodingKey> {
    private let container: KeyedDecodingContainer<AnyCodingKey>

    init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    func decode<Value: Decodable>(_ type: Value.Type = Value.self, forKey key: Known) throws -> Value {
        try container.decode(type, forKey: AnyCodingKey(key))
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type = Value.self, forKey key: Known) throws -> Value? {
        try container.decodeIfPresent(type, forKey: AnyCodingKey(key))
    }

    /// Every field whose name is not one of `Known`.
    func unknownFields() throws -> UnknownFields {
        var values: [String: JSONValue] = [:]
        for key in container.allKeys where Known(stringValue: key.stringValue) == nil {
            values[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return UnknownFields(values)
    }
}
