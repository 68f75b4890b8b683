import Foundation

/// Reads a progress file of the current schema straight from its bytes, about ten
/// times faster than JSONDecoder, which builds a container and a table of keys for
/// each of 20,000 objects. It is a fast path only: it gives up (nil) on anything it
/// does not fully understand, never returning a different value than JSONDecoder
/// would, and the caller then decodes with JSONDecoder, which also words the errors.
/// So it gives up on every error, on an older or newer schema, and on what it
/// leaves to JSONDecoder's judgement: exponents, whole numbers written with a
/// fraction (`1.0`), integers beyond Int64, duplicate keys (or keys equal once
/// canonically normalised), byte order marks, lone surrogates, deep nesting.
struct ProgressReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    /// Not an error: the signal to fall back to JSONDecoder.
    struct GiveUp: Error {}

    static func read(_ data: Data) -> LearnerProgress? {
        data.withUnsafeBytes { bytes in
            var reader = ProgressReader(bytes: bytes)
            return try? reader.readDocument()
        }
    }

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    // MARK: - Progress

    private mutating func readDocument() throws(GiveUp) -> LearnerProgress {
        skipWhitespace()
        let progress: LearnerProgress = try readRecord()
        skipWhitespace()
        guard position == bytes.count, progress.schemaVersion == LearnerProgress.currentSchemaVersion else {
            throw GiveUp()
        }
        return progress
    }

    /// A record of the current schema: each declared field at most once and every
    /// required one present, or the reader gives up.
    mutating func readRecord<Record: ProgressRecord>() throws(GiveUp) -> Record {
        let fields = Record.fields
        var record = Record.blank
        var seen: UInt64 = 0
        var unknown = UnknownFields()
        try readObject { reader, key throws(GiveUp) in
            guard let index = fields.index(of: key) else {
                try reader.keep(key.text, in: &unknown)
                return
            }
            let bit: UInt64 = 1 << index
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            try fields.declared[index].read(&reader, &record)
        }
        guard seen & fields.requiredMask == fields.requiredMask else { throw GiveUp() }
        record.unknownFields = unknown
        return record
    }

    private mutating func keep(_ key: String, in unknown: inout UnknownFields) throws(GiveUp) {
        guard unknown.values.updateValue(try readValue(depth: 0), forKey: key) == nil else { throw GiveUp() }
    }

    mutating func readTimestamp() throws(GiveUp) -> Date {
        // Nearly every timestamp is plain ASCII: parsed where it lies, without a String.
        let date =
            if let text = try readPlainString() { Timestamp.parse(utf8: text) } else {
                Timestamp.parse(try readString())
            }
        guard let date else { throw GiveUp() }
        return date
    }

    mutating func readDay() throws(GiveUp) -> Day {
        guard let day = Day(try readString()) else { throw GiveUp() }
        return day
    }

    /// An integer or a plain decimal, as `JSONWriter.decimal` writes them: read as
    /// `readNumber` reads them, the usual ones without building a String.
    mutating func readDecimal() throws(GiveUp) -> Double {
        let start = position
        if let number = try readMillionths() { return number }
        position = start
        switch try readNumber() {
        case .integer(let whole): return Double(whole)
        case .number(let number): return number
        default: throw GiveUp()
        }
    }

    /// A number of at most six decimals and below 2^53 millionths, the reader past
    /// it; nil, for `readNumber` to read it, when it is anything else. Whole
    /// millionths m below 2^53 are exact doubles, as is 10^6, and IEEE division
    /// rounds correctly: m / 10^6 is the double nearest the decimal, which is what
    /// JSONDecoder (strtod) reads.
    private mutating func readMillionths() throws(GiveUp) -> Double? {
        let negative = try peek() == UInt8(ascii: "-")
        let whole: Int64 = try readInteger(allowingFraction: true)
        guard position < bytes.count, bytes[position] == UInt8(ascii: ".") else { return Double(whole) }
        position += 1
        var fraction: Int64 = 0
        var digits = 0
        while position < bytes.count, let digit: Int64 = Self.digit(bytes[position]) {
            guard digits < 6 else { return nil }
            fraction = fraction * 10 + digit
            digits += 1
            position += 1
        }
        guard digits > 0, position == bytes.count || !Self.isExponent(bytes[position]),
            whole.magnitude < 9_007_199_254
        else { return nil }
        for _ in digits..<6 { fraction *= 10 }
        let millionths = Int64(whole.magnitude) * 1_000_000 + fraction
        let number = Double(millionths) / 1_000_000
        // A whole value (`1.0`) JSONDecoder reads as an integer: `readNumber` gives up on it.
        guard number.rounded(.towardZero) != number else { return nil }
        return negative ? -number : number
    }

    mutating func readBoolean() throws(GiveUp) -> Bool {
        switch try readValue(depth: 0) {
        case .bool(let flag): return flag
        default: throw GiveUp()
        }
    }

    mutating func readEnum<Value: RawRepresentable<String>>() throws(GiveUp) -> Value {
        guard let value = Value(rawValue: try readString()) else { throw GiveUp() }
        return value
    }

    // MARK: - Containers

    /// An object of ids, every value read by `value`.
    mutating func readMap<Value>(_ value: (inout ProgressReader) throws(GiveUp) -> Value) throws(GiveUp)
        -> [String: Value]
    {
        // Collected first, so the dictionary is sized once instead of rehashed as it grows.
        var members: [(String, Value)] = []
        try readObject { reader, key throws(GiveUp) in members.append((key.text, try value(&reader))) }
        let map = Dictionary(members, uniquingKeysWith: { first, _ in first })
        // Fewer entries than members: a key repeated, or two canonically equal.
        guard map.count == members.count else { throw GiveUp() }
        return map
    }

    /// Calls `member` with each key, the reader then at the key's value, which
    /// `member` must read.
    private mutating func readObject(_ member: (inout ProgressReader, Key) throws(GiveUp) -> Void)
        throws(GiveUp)
    {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            let key = if let ascii = try readPlainString() { Key(ascii: ascii) } else { Key(try readString()) }
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try member(&self, key)
            skipWhitespace()
            let next = try peek()
            position += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
            skipWhitespace()
        }
    }

    mutating func readArray<Element>(_ element: (inout ProgressReader) throws(GiveUp) -> Element)
        throws(GiveUp) -> [Element]
    {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        var elements: [Element] = []
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return elements
        }
        while true {
            elements.append(try element(&self))
            skipWhitespace()
            let next = try peek()
            position += 1
            if next == UInt8(ascii: "]") { return elements }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
            skipWhitespace()
        }
    }

    // MARK: - Values

    /// Any value, for an unknown field. Only what JSONValue's decoding would read the
    /// same way: no fractions or exponents, no integers beyond Int64, not too deep.
    mutating func readValue(depth: Int) throws(GiveUp) -> JSONValue {
        guard depth < 64 else { throw GiveUp() }
        switch try peek() {
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "["):
            return .array(try readArray { reader throws(GiveUp) in try reader.readValue(depth: depth + 1) })
        case UInt8(ascii: "{"):
            var members: [String: JSONValue] = [:]
            try readObject { reader, key throws(GiveUp) in
                let value = try reader.readValue(depth: depth + 1)
                guard members.updateValue(value, forKey: key.text) == nil else { throw GiveUp() }
            }
            return .object(members)
        default:
            return try readNumber()
        }
    }

    /// An integer, or a number with a fraction, no exponent, and a value that is not
    /// whole: JSONDecoder reads the first as `Int64`, so JSONValue as `.integer`, and
    /// cannot read the second as `Int64`, so `.number`, the nearest Double. It reads
    /// `1.0`, and `1.00000000000000000001`, as the integer 1: those are left to it.
    private mutating func readNumber() throws(GiveUp) -> JSONValue {
        let start = position
        let integer: Int64 = try readInteger(allowingFraction: true)
        guard position < bytes.count, bytes[position] == UInt8(ascii: ".") else { return .integer(integer) }
        position += 1
        let fraction = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        guard position > fraction, position == bytes.count || !Self.isExponent(bytes[position]),
            let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)),
            number.isFinite, number.rounded(.towardZero) != number
        else { throw GiveUp() }
        return .number(number)
    }

    mutating func readNull() throws(GiveUp) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try expect("null")
        return true
    }

    /// `-?(0|[1-9][0-9]*)` within the range of `Value`, not followed by an exponent
    /// nor, unless `allowingFraction`, by a fraction.
    mutating func readInteger<Value: FixedWidthInteger & SignedInteger>(allowingFraction: Bool = false)
        throws(GiveUp) -> Value
    {
        let negative = try peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var magnitude: Value = 0
        while position < bytes.count, let digit: Value = Self.digit(bytes[position]) {
            guard position == start || bytes[start] != UInt8(ascii: "0") else { throw GiveUp() }
            let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow, !overflow2 else { throw GiveUp() }
            magnitude = next
            position += 1
        }
        guard position > start else { throw GiveUp() }
        if position < bytes.count,
            Self.isExponent(bytes[position]) || (!allowingFraction && bytes[position] == UInt8(ascii: "."))
        {
            throw GiveUp()
        }
        return magnitude
    }

    private static func digit<Value: FixedWidthInteger>(_ byte: UInt8) -> Value? {
        byte &- UInt8(ascii: "0") < 10 ? Value(byte &- UInt8(ascii: "0")) : nil
    }

    private static func isExponent(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// The bytes between the quotes of a string with no escape and nothing but ASCII
    /// in it (as good as every key, id and timestamp), the reader past its closing
    /// quote. Nil, the reader not moved, for any other string: `readString` reads it.
    private mutating func readPlainString() throws(GiveUp) -> UnsafeRawBufferPointer? {
        guard try peek() == UInt8(ascii: "\"") else { throw GiveUp() }
        var end = position + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeRawBufferPointer(rebasing: bytes[(position + 1)..<end])
                position = end + 1
                return text
            }
            guard byte >= 0x20 else { throw GiveUp() }
            if byte == UInt8(ascii: "\\") || byte >= 0x80 { return nil }
            end += 1
        }
        throw GiveUp()
    }

    /// A string, its escapes decoded; valid UTF-8 only.
    mutating func readString() throws(GiveUp) -> String {
        if let plain = try readPlainString() { return String(decoding: plain, as: UTF8.self) }
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
                // ASCII, nearly every string of the file, is valid UTF-8 as it is: the
                // generic validation took half the time of reading a file.
                let text =
                    raw.allSatisfy { $0 < 0x80 }
                    ? String(decoding: raw, as: UTF8.self) : String(validating: raw, as: UTF8.self)
                position += 1
                guard let text else { throw GiveUp() }
                return text
            }
            guard byte >= 0x20 else { throw GiveUp() }
            if byte == UInt8(ascii: "\\") { break }
            position += 1
        }
        // Escapes: decode into a buffer from the start.
        var utf8 = Array(bytes[start..<position])
        while true {
            guard position < bytes.count else { throw GiveUp() }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw GiveUp() }
                return text
            case UInt8(ascii: "\\"):
                try readEscape(into: &utf8)
            case 0..<0x20:
                throw GiveUp()
            default:
                utf8.append(byte)
            }
        }
    }

    private mutating func readEscape(into utf8: inout [UInt8]) throws(GiveUp) {
        guard position < bytes.count else { throw GiveUp() }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var value = try readHex()
            if (0xD800..<0xDC00).contains(value) {
                try expect("\\u")
                let low = try readHex()
                guard (0xDC00..<0xE000).contains(low) else { throw GiveUp() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw GiveUp() }
            utf8.append(contentsOf: String(scalar).utf8)
        default:
            throw GiveUp()
        }
    }

    private mutating func readHex() throws(GiveUp) -> UInt32 {
        guard position + 4 <= bytes.count else { throw GiveUp() }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw GiveUp() }
            value = value * 16 + UInt32(digit)
        }
        position += 4
        return value
    }

    // MARK: - Bytes

    private func peek() throws(GiveUp) -> UInt8 {
        guard position < bytes.count else { throw GiveUp() }
        return bytes[position]
    }

    private mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard try peek() == byte else { throw GiveUp() }
        position += 1
    }

    private mutating func expect(_ text: StaticString) throws(GiveUp) {
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard position + expected.count <= bytes.count,
            bytes[position..<position + expected.count].elementsEqual(expected)
        else { throw GiveUp() }
        position += expected.count
    }

    private mutating func skipWhitespace() {
        // In a local: a fifth of the bytes of a pretty file are indentation.
        var index = position
        defer { position = index }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// A key of an object as read: a plain ASCII key (see `readPlainString`) is kept
    /// as its bytes in the file, so that a record's known fields are found without
    /// a String; `text` builds one for an id or an unknown field.
    struct Key {
        /// The key's bytes, when it is plain ASCII.
        let ascii: UnsafeRawBufferPointer?
        private let decoded: String?

        init(ascii: UnsafeRawBufferPointer) {
            self.ascii = ascii
            decoded = nil
        }

        init(_ text: String) {
            ascii = nil
            decoded = text
        }

        var text: String { decoded ?? String(decoding: ascii!, as: UTF8.self) }
    }
}
