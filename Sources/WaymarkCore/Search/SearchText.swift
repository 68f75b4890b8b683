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
        var words: [String] = []
        if forEachASCIIWord(of: text, { words.append(String(decoding: $0, as: UTF8.self)) }) { return words }
        return unicodeWords(of: text)
    }

    /// The words of any text, as Characters: split at anything that is not a letter
    /// or a number once folded.
    static func unicodeWords(of text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Calls `body` with the folded UTF-8 bytes of each word of ASCII `text`, in
    /// order; false, and no call, when the text is not ASCII. In ASCII the letters are
    /// A-Z and a-z and the numbers 0-9, each one byte and one Character, so these are
    /// the words the Character split finds, several times faster and without a String
    /// made for each (building the search index meets every word of the course).
    static func forEachASCIIWord(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        if let isASCII = text.utf8.withContiguousStorageIfAvailable({ forEachASCIIWord(of: $0, body) }) {
            return isASCII
        }
        return forEachASCIIWord(of: Array(text.utf8), body)
    }

    private static func forEachASCIIWord(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        var nonASCII: UInt8 = 0
        for byte in bytes { nonASCII |= byte & 0x80 }
        guard nonASCII == 0 else { return false }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
            var start: Int?
            for (index, byte) in bytes.enumerated() {
                let lower = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                folded[index] = lower
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    if start == nil { start = index }
                } else if let first = start {
                    body(UnsafeBufferPointer(rebasing: folded[first..<index]))
                    start = nil
                }
            }
            if let first = start { body(UnsafeBufferPointer(rebasing: folded[first..<bytes.count])) }
        }
        return true
    }

    private static func forEachASCIIWord(of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        bytes.withUnsafeBufferPointer { forEachASCIIWord(of: $0, body) }
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
