import Foundation

// Progress written straight from the structs, as their `fields` declare (see
// `ProgressRecord`), into one buffer reserved up front.

extension LearnerProgress {
    /// The bytes of the file, or nil when a date in it lies outside the years
    /// 0001-9999: such a file would not read back, so it is never written.
    var readableJSON: Data? {
        var writer = JSONWriter(capacity: estimatedJSONSize)
        write(to: &writer)
        writer.endDocument()
        return writer.wroteUnreadableDate ? nil : writer.finish()
    }

    /// Enough for ids of up to about 60 bytes and short notes, so that a typical
    /// file is written without the buffer growing and being copied; a larger one
    /// still grows geometrically. A review takes some 215 bytes with a 20-byte card id.
    private var estimatedJSONSize: Int {
        1024 + deliverables.count * 160 + lessonsRead.count * 96 + paths.count * 96 + criteria.count * 512
            + reviews.count * 256 + studyLog.count * 192 + journal.count * 256
    }
}
