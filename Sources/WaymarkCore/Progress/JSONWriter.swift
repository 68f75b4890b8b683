import Foundation

/// Writes pretty JSON straight into bytes, object keys in the order of their UTF-8
/// bytes: the layout `JSONEncoder` gives with `.prettyPrinted` and `.sortedKeys`
/// (a `" : "` after each key, two spaces per level), without building a tree of
/// values first, which matters for a progress file with 20,000 entries saved on
/// every keystroke that changes it.
///
/// Callers write an object's members one at a time with `key(_:in:)` followed by
/// the value; fields kept from a newer release are merged in among them in order.
struct JSONWriter {
    /// Where the bytes go (see `ByteBuffer`). A writer is used in place, never copied.
    private let buffer: ByteBuffer
    /// Set when a date or time outside the years 0001-9999 was written: its text would
    /// not read back (a clock in year 10000 writes `0000`), so the caller refuses it.
    private(set) var wroteUnreadableDate = false
    /// The indentation of the lines of the members of the innermost open container.
    private var indent = 0

    init(capacity: Int) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// The bytes written so far.
    var bytes: [UInt8] { buffer.bytes }

    /// The bytes written, handed over without a copy: the writer is not used again.
    consuming func finish() -> Data { buffer.takeData() }

    /// `value` as a whole document.
    static func write(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter(capacity: 4096)
        writer.write(value)
        writer.endDocument()
        return writer.bytes
    }

    /// The final newline, so the file diffs well.
    mutating func endDocument() {
        append(UInt8(ascii: "\n"))
    }

    // MARK: - Objects

    /// An object being written. Its known members come in UTF-8 order of their keys;
    /// the unknown fields whose keys sort between them are written on the way.
    struct OpenObject {
        fileprivate let outerIndent: Int
        fileprivate var isEmpty = true
        /// Unknown fields in key order; empty (and not allocated) when there are none.
        fileprivate let unknown: [(key: String, value: JSONValue)]
        fileprivate var nextUnknown = 0
        fileprivate var previousKey: StaticString?
    }

    mutating func beginObject(unknown: UnknownFields = UnknownFields()) -> OpenObject {
        let fields = unknown.values
        let object = OpenObject(
            outerIndent: indent,
            unknown: fields.isEmpty ? [] : UTF8Order.sortedKeys(of: fields).map { fields[$0.index] })
        indent += 2
        return object
    }

    /// Starts the known member `name`; its value must be written next. A kept unknown
    /// field of the same name is dropped: the known value is the current one.
    mutating func key(_ name: StaticString, in object: inout OpenObject) {
        let nameBytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(
            object.previousKey.map { previous in
                UnsafeBufferPointer(start: previous.utf8Start, count: previous.utf8CodeUnitCount)
                    .lexicographicallyPrecedes(nameBytes)
            } ?? true, "known keys out of order at \(name)")
        object.previousKey = name
        while object.nextUnknown < object.unknown.count {
            let unknownKey = object.unknown[object.nextUnknown].key
            if unknownKey.utf8.elementsEqual(nameBytes) {
                object.nextUnknown += 1
            } else if unknownKey.utf8.lexicographicallyPrecedes(nameBytes) {
                writeNextUnknown(in: &object)
            } else {
                break
            }
        }
        guard indent <= 32 else {
            startMember(in: &object)
            append("\"")
            append(nameBytes)
            append("\" : ")
            return
        }
        // `,` or `{`, the line break and indentation, then `"name" : `, in one append:
        // a save of 100,000 reviews writes 600,000 keys.
        let punctuation = object.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ",")
        object.isEmpty = false
        append(count: indent + nameBytes.count + 7) { text in
            let start = text.baseAddress!
            start[0] = punctuation
            start[1] = UInt8(ascii: "\n")
            (start + 2).initialize(repeating: UInt8(ascii: " "), count: indent)
            start[indent + 2] = UInt8(ascii: "\"")
            (start + indent + 3).initialize(from: name.utf8Start, count: nameBytes.count)
            let end = start + indent + 3 + nameBytes.count
            end[0] = UInt8(ascii: "\"")
            end[1] = UInt8(ascii: " ")
            end[2] = UInt8(ascii: ":")
            end[3] = UInt8(ascii: " ")
        }
    }

    mutating func endObject(_ object: consuming OpenObject) {
        while object.nextUnknown < object.unknown.count { writeNextUnknown(in: &object) }
        indent = object.outerIndent
        guard !object.isEmpty else {
            append("{}")
            return
        }
        newline(indent)
        append(UInt8(ascii: "}"))
    }

    /// `entries` as an object in UTF-8 order of their keys, each value written by `value`.
    mutating func object<Value>(_ entries: [String: Value], value: (inout JSONWriter, Value) -> Void) {
        var object = beginObject()
        for key in UTF8Order.sortedKeys(of: entries) {
            startMember(in: &object)
            // Most ids fit in the sort key: reading them again from the dictionary,
            // in sorted rather than stored order, cost a cache miss per entry.
            if key.withWholeKey({ string(utf8: $0) }) == nil { string(entries.keys[key.index]) }
            append(" : ")
            value(&self, entries.values[key.index])
        }
        endObject(object)
    }

    private mutating func startMember(in object: inout OpenObject) {
        newline(indent, after: object.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        object.isEmpty = false
    }

    private mutating func writeNextUnknown(in object: inout OpenObject) {
        let (key, value) = object.unknown[object.nextUnknown]
        object.nextUnknown += 1
        startMember(in: &object)
        string(key)
        append(" : ")
        write(value)
    }

    // MARK: - Arrays

    /// An array being written, one `element(in:)` before each value.
    struct OpenArray {
        fileprivate let outerIndent: Int
        fileprivate var isEmpty = true
    }

    mutating func beginArray() -> OpenArray {
        let array = OpenArray(outerIndent: indent)
        indent += 2
        return array
    }

    mutating func element(in array: inout OpenArray) {
        newline(indent, after: array.isEmpty ? UInt8(ascii: "[") : UInt8(ascii: ","))
        array.isEmpty = false
    }

    mutating func endArray(_ array: OpenArray) {
        indent = array.outerIndent
        guard !array.isEmpty else {
            append("[]")
            return
        }
        newline(indent)
        append(UInt8(ascii: "]"))
    }

    // MARK: - Scalars

    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .integer(let number): integer(number)
        case .number(let number): append(String(number))
        case .string(let text): string(text)
        case .array(let items):
            var array = beginArray()
            for item in items {
                element(in: &array)
                write(item)
            }
            endArray(array)
        case .object(let members):
            object(members) { $0.write($1) }
        }
    }

    mutating func integer(_ number: Int) {
        integer(Int64(number))
    }

    /// Digits written straight into the buffer: every whole stability or difficulty
    /// of a review log is one.
    mutating func integer(_ number: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { text in
            var start = text.count
            var magnitude = number.magnitude
            repeat {
                start -= 1
                text[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if number < 0 { append(UInt8(ascii: "-")) }
            append(UnsafeMutableBufferPointer(rebasing: text[start...]))
        }
    }

    /// Six decimals at most, trailing zeros dropped, never an exponent; a whole
    /// value as an integer. Not a number or infinite (never a scheduler's output)
    /// is written as 0 rather than as text no JSON reader takes.
    mutating func decimal(_ value: Double) {
        guard value.isFinite, abs(value) < 1e15 else { return append("0") }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded() { return integer(Int64(rounded)) }
        // Below 2^31 a double is finer than a millionth by far, so "%.6f" of it is the
        // whole millionths it was rounded to: written from that integer, without
        // String(format:), which took most of the time of saving 100,000 reviews.
        if abs(value) < 2_000_000_000 { return millionths(Int64((value * 1_000_000).rounded())) }
        var text = String(format: "%.6f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        append(text)
    }

    /// `millionths` / 10^6 with its trailing zeros dropped (`-12.5` for -12500000),
    /// its digits written backwards into a buffer on the stack: two per review, and
    /// building strings for them took a third of the time of a save.
    private mutating func millionths(_ millionths: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { text in
            var start = text.count
            func prepend(_ byte: UInt8) {
                start -= 1
                text[start] = byte
            }
            let magnitude = millionths.magnitude
            var fraction = magnitude % 1_000_000
            var fractionDigits = 6
            while fractionDigits > 0, fraction % 10 == 0 {
                fraction /= 10
                fractionDigits -= 1
            }
            for _ in 0..<fractionDigits {
                prepend(UInt8(ascii: "0") + UInt8(fraction % 10))
                fraction /= 10
            }
            prepend(UInt8(ascii: "."))
            var whole = magnitude / 1_000_000
            repeat {
                prepend(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if millionths < 0 { prepend(UInt8(ascii: "-")) }
            append(UnsafeMutableBufferPointer(rebasing: text[start...]))
        }
    }

    mutating func boolean(_ flag: Bool) {
        append(flag ? "true" : "false")
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest
    /// (slashes and all non-ASCII) as UTF-8. Most strings need no escape and are
    /// copied whole.
    mutating func string(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ string(utf8: UnsafeRawBufferPointer($0)) }) == nil {
            append(UInt8(ascii: "\""))
            for byte in text.utf8 { appendEscaped(byte) }
            append(UInt8(ascii: "\""))
        }
    }

    private mutating func string(utf8: UnsafeRawBufferPointer) {
        append(UInt8(ascii: "\""))
        if utf8.contains(where: Self.needsEscape) {
            for byte in utf8 { appendEscaped(byte) }
        } else {
            append(utf8)
        }
        append(UInt8(ascii: "\""))
    }

    /// `2026-11-21T09:30:00Z`, quoted, in one append.
    mutating func timestamp(_ date: Date) {
        if !Timestamp.representable.contains(date.timeIntervalSince1970) { wroteUnreadableDate = true }
        append(count: 22) { text in
            text[0] = UInt8(ascii: "\"")
            Timestamp.write(date, into: UnsafeMutableBufferPointer(rebasing: text[1..<21]))
            text[21] = UInt8(ascii: "\"")
        }
    }

    /// `2026-11-21`, quoted.
    mutating func day(_ day: Day) {
        if !Day.representableYears.contains(day.year) { wroteUnreadableDate = true }
        append(count: 12) { text in
            text[0] = UInt8(ascii: "\"")
            day.write(into: UnsafeMutableBufferPointer(rebasing: text[1..<11]))
            text[11] = UInt8(ascii: "\"")
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        case 0..<0x20:
            let hex: StaticString = "0123456789abcdef"
            append("\\u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0xF)])
        default: append(byte)
        }
    }

    // MARK: - Bytes

    private mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func append(_ byte: UInt8) {
        buffer.append(byte)
    }

    private mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        buffer.append(UnsafeRawBufferPointer(text))
    }

    private mutating func append(_ text: UnsafeMutableBufferPointer<UInt8>) {
        buffer.append(UnsafeRawBufferPointer(text))
    }

    private mutating func append(_ text: UnsafeRawBufferPointer) {
        buffer.append(text)
    }

    /// `count` bytes written in place by `write`, without a buffer in between.
    private func append(count: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        buffer.append(count: count, write)
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A line break and `count` spaces, in one append for the usual depths.
    private mutating func newline(_ count: Int) {
        let line: StaticString = "\n                                "
        let shallow = min(count, line.utf8CodeUnitCount - 1)
        append(UnsafeBufferPointer(start: line.utf8Start, count: 1 + shallow))
        for _ in shallow..<count { append(UInt8(ascii: " ")) }
    }

    /// `punctuation`, then a line break and `count` spaces, in one append for the
    /// usual depths.
    private mutating func newline(_ count: Int, after punctuation: UInt8) {
        guard count <= 32 else {
            append(punctuation)
            newline(count)
            return
        }
        append(count: count + 2) { text in
            text[0] = punctuation
            text[1] = UInt8(ascii: "\n")
            UnsafeMutableBufferPointer(rebasing: text[2...]).initialize(repeating: UInt8(ascii: " "))
        }
    }
}

/// The bytes of a document being written, in memory of their own. Appending to an
/// Array went through its uniqueness and capacity checks and a generic copy, some
/// two million times for a save of 100,000 reviews; and the memory is handed to
/// `Data` at the end without copying 20 MB.
private final class ByteBuffer {
    private var start: UnsafeMutableRawPointer
    private var count = 0
    private var capacity: Int
    /// False once `takeData` gave the memory away.
    private var owned = true

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        guard let start = malloc(self.capacity) else { preconditionFailure("out of memory") }
        start.bindMemory(to: UInt8.self, capacity: self.capacity)
        self.start = start
    }

    deinit {
        if owned { free(start) }
    }

    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: start, count: count)) }

    func append(_ byte: UInt8) {
        if count == capacity { grow(toFit: count + 1) }
        start.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    func append(_ text: UnsafeRawBufferPointer) {
        guard let source = text.baseAddress else { return }
        if count + text.count > capacity { grow(toFit: count + text.count) }
        (start + count).copyMemory(from: source, byteCount: text.count)
        count += text.count
    }

    func append(count added: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        if count + added > capacity { grow(toFit: count + added) }
        write(UnsafeMutableBufferPointer(start: (start + count).assumingMemoryBound(to: UInt8.self), count: added))
        count += added
    }

    /// The memory, now the Data's: `free` releases it, as `malloc` and `realloc` made it.
    func takeData() -> Data {
        precondition(owned, "a writer's bytes are taken once")
        owned = false
        return Data(bytesNoCopy: start, count: count, deallocator: .free)
    }

    private func grow(toFit needed: Int) {
        capacity = max(capacity * 2, needed)
        guard let grown = realloc(start, capacity) else { preconditionFailure("out of memory") }
        grown.bindMemory(to: UInt8.self, capacity: capacity)
        start = grown
    }
}
