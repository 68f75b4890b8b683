/// The byte format of a curriculum snapshot: unsigned LEB128 integers, strings as
/// a length and UTF-8, lists as a count and their items. Plain enough to read back
/// in a few milliseconds for a curriculum of thousands of lessons.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func list<Item>(_ items: [Item], _ write: (inout SnapshotWriter, Item) -> Void) {
        int(items.count)
        for item in items { write(&self, item) }
    }

    mutating func strings(_ items: [String]) { list(items) { $0.string($1) } }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }
}

/// Reads what `SnapshotWriter` wrote. Any inconsistency throws: a damaged or
/// foreign snapshot is simply not used.
struct SnapshotReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        throw Malformed()
    }

    /// A count of items or bytes: never more than what is left to read.
    mutating func count() throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        return count
    }

    /// Text is sanitised again on the way in, so a tampered snapshot can no more
    /// reach the terminal with escape sequences than a curriculum file can.
    mutating func string() throws(Malformed) -> String {
        let count = try count()
        let range = offset..<offset + count
        offset += count
        return bytes.withUnsafeBufferPointer { bytes in
            let utf8 = UnsafeBufferPointer(rebasing: bytes[range])
            let text = String(decoding: utf8, as: UTF8.self)
            // Checked here, on bytes at hand: most text has nothing to sanitise.
            return String.isPlainASCII(utf8) ? text : text.sanitizedForDisplay
        }
    }

    mutating func list<Item>(_ read: (inout SnapshotReader) throws(Malformed) -> Item) throws(Malformed) -> [Item] {
        let count = try count()
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&self)) }
        return items
    }

    mutating func strings() throws(Malformed) -> [String] {
        try list { reader throws(Malformed) in try reader.string() }
    }
}

/// FNV-1a, a fast 64-bit hash: it names a curriculum's snapshot file after its
/// path.
func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBufferPointer { buffer in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}

/// The checksum a snapshot carries over everything after it, so a damaged one is
/// noticed rather than shown with a changed word: FNV-1a's step taken over eight
/// bytes at a time. Byte by byte it was a tenth of loading a large curriculum's
/// snapshot. Each step is a bijection of the hash, so any one changed byte changes
/// the result.
func snapshotChecksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { raw in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = raw.count / 8
        for word in 0..<words {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)) &* 0x100_0000_01b3
        }
        for byte in raw[(words * 8)...] {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
