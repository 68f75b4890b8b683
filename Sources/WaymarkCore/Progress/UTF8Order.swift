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
    /// The indices of `dictionary`, in the UTF-8 order of their keys. Indices rather
    /// than members: copying 20,000 members out and back costs as much as sorting.
    static func sortedIndices<Value>(of dictionary: [String: Value]) -> [Dictionary<String, Value>.Index] {
        var heads: [Head<Dictionary<String, Value>.Index>] = []
        heads.reserveCapacity(dictionary.count)
        for index in dictionary.indices {
            heads.append(Head(dictionary.keys[index], index: index))
        }
        heads.sort { lhs, rhs in
            lhs.words != rhs.words
                ? lhs.words < rhs.words : precedes(dictionary.keys[lhs.index], dictionary.keys[rhs.index])
        }
        return heads.map(\.index)
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

    /// A string's first 32 bytes, zero-padded, as integers that compare as the bytes
    /// do. Where two heads differ they order their strings; where they are equal
    /// (a common 32-byte prefix, or a string ending in NUL bytes) the strings decide.
    private struct Head<Index> {
        let words: (UInt64, UInt64, UInt64, UInt64)
        let index: Index

        init(_ string: String, index: Index) {
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
            self.index = index
        }
    }
}
