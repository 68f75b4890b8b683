import Foundation

// Progress written straight from the structs. Each type writes its known keys in
// UTF-8 order (the writer asserts it in debug builds) and hands its unknown
// fields to the writer, which merges them in.

extension LearnerProgress {
    /// The bytes of the file, with its final newline.
    /// The bytes of the file, or nil when a date in it lies outside the years
    /// 0001-9999: such a file would not read back, so it is never written.
    var readableJSON: [UInt8]? {
        var writer = JSONWriter(capacity: estimatedJSONSize)
        write(to: &writer)
        writer.endDocument()
        return writer.wroteUnreadableDate ? nil : writer.bytes
    }

    /// Enough for ids of up to about 60 bytes and short notes, so that a typical
    /// file is written without the buffer growing and being copied; a larger one
    /// still grows geometrically.
    private var estimatedJSONSize: Int {
        1024 + deliverables.count * 160 + lessonsRead.count * 96 + paths.count * 96 + criteria.count * 512
    }

    func write(to json: inout JSONWriter) {
        var object = json.beginObject(unknown: unknownFields)
        if let activePath {
            json.key("activePath", in: &object)
            json.string(activePath)
        }
        json.key("criteria", in: &object)
        json.object(criteria) { $1.write(to: &$0) }
        json.key("deliverables", in: &object)
        json.object(deliverables) { $1.write(to: &$0) }
        json.key("lessonsRead", in: &object)
        json.object(lessonsRead) { $0.timestamp($1) }
        json.key("paths", in: &object)
        json.object(paths) { $1.write(to: &$0) }
        json.key("revision", in: &object)
        json.integer(revision)
        json.key("schemaVersion", in: &object)
        json.integer(schemaVersion)
        json.endObject(object)
    }
}

extension PathProgress {
    func write(to json: inout JSONWriter) {
        var object = json.beginObject(unknown: unknownFields)
        json.key("startedOn", in: &object)
        json.day(startedOn)
        json.endObject(object)
    }
}

extension DeliverableProgress {
    func write(to json: inout JSONWriter) {
        var object = json.beginObject(unknown: unknownFields)
        json.key("changedAt", in: &object)
        json.timestamp(changedAt)
        if let note {
            json.key("note", in: &object)
            json.string(note)
        }
        json.key("state", in: &object)
        json.string(state.rawValue)
        json.endObject(object)
    }
}

extension CriterionProgress {
    func write(to json: inout JSONWriter) {
        var object = json.beginObject(unknown: unknownFields)
        json.key("ratings", in: &object)
        var array = json.beginArray()
        for rating in ratings {
            json.element(in: &array)
            rating.write(to: &json)
        }
        json.endArray(array)
        json.endObject(object)
    }
}

extension Rating {
    func write(to json: inout JSONWriter) {
        var object = json.beginObject(unknown: unknownFields)
        json.key("at", in: &object)
        json.timestamp(at)
        if let note {
            json.key("note", in: &object)
            json.string(note)
        }
        json.key("rating", in: &object)
        json.string(rating.rawValue)
        json.endObject(object)
    }
}
