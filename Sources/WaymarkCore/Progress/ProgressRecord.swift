/// An object of the progress file whose fields are declared once, in `fields`:
/// writing, fast reading and JSONDecoder's decoding all follow from it, and the
/// fields it does not declare are kept in `unknownFields` through every save.
protocol ProgressRecord: Sendable {
    static var fields: ProgressFields<Self> { get }
    /// What a record is read into, field by field. Its required fields are always
    /// read over; the others keep these values when the file leaves them out.
    static var blank: Self { get }
    var unknownFields: UnknownFields { get set }
}

extension ProgressRecord {
    /// The record as a JSON object: its fields in UTF-8 order of their keys, its
    /// unknown fields merged in among them.
    func write(to json: inout JSONWriter) {
        var object = json.beginObject(unknown: unknownFields)
        // By index: iterating copied each field, retaining its closures, 60,000
        // times for a save of 20,000 deliverables.
        let fields = Self.fields.written
        for index in fields.indices { fields[index].write(self, &json, &object) }
        json.endObject(object)
    }

    /// The record as JSONDecoder reads it: the declared fields in order, then every
    /// other key kept as it is.
    static func decoded(from decoder: any Decoder) throws -> Self {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let fields = Self.fields
        var record = blank
        for field in fields.declared { try field.decode(container, &record) }
        var unknown: [String: JSONValue] = [:]
        for key in container.allKeys where fields.index(of: key.stringValue) == nil {
            unknown[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        record.unknownFields = UnknownFields(unknown)
        return record
    }
}
