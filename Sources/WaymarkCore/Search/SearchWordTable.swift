/// The distinct words met while a search index is built, each numbered in the order
/// first met. An ASCII word is found again by its bytes, without becoming a String or
/// being hashed as one (that was a third of building the index); only a new word is
/// made a String. Any other word is kept by String equality, as before: folded, a
/// word with a non-ASCII byte never equals an ASCII one (folding turns the only
/// scalars that are canonically ASCII, K KELVIN SIGN among them, into ASCII).
struct SearchWordTable {
    /// The words, by number.
    private(set) var words: [String] = []
    private var unicodeNumbers: [String: Int] = [:]
    /// The ASCII words' bytes, one after the other, and where each one starts and
    /// ends: ASCII word `n` of the table is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var asciiNumbers: [Int] = []
    /// Open addressing over the ASCII words: an ASCII word's place in `asciiNumbers`
    /// + 1 in the first free slot from its hash on, 0 for a free slot. At most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)

    /// The number of the ASCII word spelled by `word`, added if it is new.
    mutating func number(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while slots[slot] != 0 {
            let ascii = Int(slots[slot]) - 1
            if spells(ascii, word) { return asciiNumbers[ascii] }
            slot = (slot + 1) & mask
        }
        let number = words.count
        words.append(String(decoding: word, as: UTF8.self))
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        asciiNumbers.append(number)
        slots[slot] = Int32(asciiNumbers.count)
        if asciiNumbers.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of `word`, added if it is new.
    mutating func number(of word: String) -> Int {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var word = word
            return word.withUTF8 { number(ofASCII: $0) }
        }
        if let number = unicodeNumbers[word] { return number }
        unicodeNumbers[word] = words.count
        words.append(word)
        return words.count - 1
    }

    private func spells(_ ascii: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[ascii]
        guard starts[ascii + 1] - start == word.count else { return false }
        for offset in word.indices where bytes[start + offset] != word[offset] { return false }
        return true
    }

    private mutating func grow() {
        var slots = [Int32](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { bytes in
            for ascii in asciiNumbers.indices {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[starts[ascii]..<starts[ascii + 1]])) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(ascii + 1)
            }
        }
        self.slots = slots
    }

    /// FNV-1a: words are short, and a table built once needs no seeded hash. The high
    /// half is folded in, as the low bits of FNV only see the low bits of each byte.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
