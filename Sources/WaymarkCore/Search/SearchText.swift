import Foundation

/// How search compares text: case and accents ignored (`É` finds `e`), words split
/// at anything that is not a letter or a digit. ASCII, nearly all of it, is folded
/// byte by byte; only the rest goes through Foundation.
public enum SearchText {
    /// `text` lowercased and without diacritics.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The folded words of `text`.
    public static func words(of text: String) -> [String] {
        if let words = text.utf8.withContiguousStorageIfAvailable(asciiWords) ?? nil { return words }
        return fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The folded words of ASCII text, found in its bytes; nil when it is not ASCII.
    /// In ASCII the letters are A-Z and a-z and the numbers 0-9, each one byte and
    /// one Character, so these are the words the Character split finds; building the
    /// search index went through every line of the course that way, five times slower.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var start: Int?
        func endWord(at end: Int) {
            guard let first = start else { return }
            words.append(
                String(unsafeUninitializedCapacity: end - first) { word in
                    for offset in 0..<(end - first) {
                        let byte = bytes[first + offset]
                        word[offset] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                    }
                    return end - first
                })
            start = nil
        }
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            if (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) {
                if start == nil { start = index }
            } else {
                endWord(at: index)
            }
        }
        endWord(at: bytes.count)
        return words
    }

    /// Whether `a` and `b` are at most one edit apart (insert, delete, substitute,
    /// or swap two neighbours, as in "littel"): a one-letter typo.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        withinOneEdit(Array(a.utf8), Array(b.utf8))
    }

    /// The same, on UTF-8 bytes already at hand.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        if a.count == b.count, let first = a.indices.first(where: { a[$0] != b[$0] }), first + 1 < a.count,
            a[first] == b[first + 1], a[first + 1] == b[first], a[(first + 2)...] == b[(first + 2)...]
        {
            return true
        }
        var i = 0
        var j = 0
        var edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count {
                i += 1
            } else if b.count > a.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
