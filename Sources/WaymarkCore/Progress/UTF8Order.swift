import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Orders strings by their UTF-8 bytes, the order of their Unicode scalars; not
/// `String`'s `<`, which compares canonical equivalents. The progress file's keys
/// are sorted this way on every save, 20,000 ids and more: walking `UTF8View`s
/// took some 25 ms for that, so each string's first 32 bytes are compared as four
/// big-endian integers, and whole strings only when those are equal.
enum UTF8Order {
    /// The keys of `dictionary` in UTF-8 order, as indices with the keys' first bytes.
    static func sortedKeys<Value>(of dictionary: [String: Value]) -> [SortedKey<Dictionary<String, Value>.Index>] {
        var keys: [SortedKey<Dictionary<String, Value>.Index>] = []
        keys.reserveCapacity(dictionary.count)
        for index in dictionary.indices {
            keys.append(SortedKey(dictionary.keys[index], index: index))
        }
        keys.sort { lhs, rhs in
            lhs.words != rhs.words
                ? lhs.words < rhs.words : precedes(dictionary.keys[lhs.index], dictionary.keys[rhs.index])
        }
        return keys
    }

    /// Whether `lhs` comes before `rhs` in UTF-8 order.
    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order == 0 ? left.count < right.count : order < 0
            }
        }
        return (fast ?? nil) ?? lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// A key's place in UTF-8 order: its index, and its first 32 bytes, zero-padded,
    /// as integers that compare as the bytes do. Where two keys' words differ they
    /// order the keys; where they are equal (a common 32-byte prefix, or a key ending
    /// in NUL bytes) the whole keys decide. For most ids the words are the whole key,
    /// so a writer need not read the key again (from memory long out of cache).
    struct SortedKey<Index> {
        let index: Index
        /// The key's length in UTF-8 bytes.
        let count: Int
        fileprivate let words: (UInt64, UInt64, UInt64, UInt64)

        fileprivate init(_ string: String, index: Index) {
            var raw: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &raw) { buffer in
                let copied: Void? = string.utf8.withContiguousStorageIfAvailable { utf8 in
                    let head = UnsafeBufferPointer(rebasing: utf8.prefix(buffer.count))
                    buffer.copyMemory(from: UnsafeRawBufferPointer(head))
                }
                if copied == nil {
                    for (offset, byte) in string.utf8.prefix(buffer.count).enumerated() { buffer[offset] = byte }
                }
            }
            words = (
                UInt64(bigEndian: raw.0), UInt64(bigEndian: raw.1), UInt64(bigEndian: raw.2), UInt64(bigEndian: raw.3)
            )
            count = string.utf8.count
            self.index = index
        }

        /// Calls `body` with the key's UTF-8 bytes when the words hold all of them.
        func withWholeKey<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
            guard count <= MemoryLayout.size(ofValue: words) else { return nil }
            let raw = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
            return withUnsafeBytes(of: raw) { bytes in body(UnsafeRawBufferPointer(rebasing: bytes.prefix(count))) }
        }
    }
}
