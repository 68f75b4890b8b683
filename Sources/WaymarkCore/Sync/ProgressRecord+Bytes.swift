extension ProgressRecord {
    /// The record as the file holds it: what tells two records apart, and orders
    /// them where nothing else does.
    var encodedBytes: [UInt8] {
        var writer = JSONWriter(capacity: 256)
        write(to: &writer)
        return writer.bytes
    }
}

extension JSONValue {
    /// The value as the file holds it, to order two values of one unknown field.
    var encodedBytes: [UInt8] { JSONWriter.write(self) }
}
