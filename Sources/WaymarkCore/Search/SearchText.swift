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
        forEachWord(of: text, ascii: { words.append(String(decoding: $0, as: UTF8.self)) }, other: { words.append($0) })
        return words
    }

    /// The words of any text as Characters: folded, then split at anything that is
    /// not a letter or a number. What `words(of:)` finds, the slow way.
    static func unicodeWords(of text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Calls `ascii` with the folded UTF-8 bytes of each word of the ASCII stretches of
    /// `text`, and `other` with each word of the rest, in order: the words of
    /// `unicodeWords(of:)`, without a String made for each ASCII word (building the
    /// search index meets every word of the course) and without Foundation for ASCII.
    ///
    /// The text is cut at ASCII bytes that are neither letters nor digits and stand
    /// between ASCII bytes (or an end): such a byte is a Character of its own, folds
    /// to itself and splits words, and folding works Character by Character, so the
    /// words of the text are the words of the pieces. In ASCII the letters are A-Z
    /// and a-z and the numbers 0-9, each one byte and one Character.
    static func forEachWord(
        of text: String, ascii: (UnsafeBufferPointer<UInt8>) -> Void, other: (String) -> Void
    ) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // Nearly every line is ASCII: one piece.
            var nonASCII: UInt8 = 0
            for byte in bytes { nonASCII |= byte & 0x80 }
            guard nonASCII != 0 else { return forEachASCIIWord(of: bytes, ascii) }
            // The piece being read starts at `start`; while it is ASCII, `cut` is its
            // last cut, where the ASCII before a non-ASCII byte ends.
            var start = 0
            var cut = 0
            var isASCII = true
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 {
                    if isASCII {
                        forEachASCIIWord(of: UnsafeBufferPointer(rebasing: bytes[start..<cut]), ascii)
                        start = cut
                        isASCII = false
                    }
                } else if !isWordByte(byte), index == 0 || bytes[index - 1] < 0x80,
                    index + 1 == bytes.count || bytes[index + 1] < 0x80
                {
                    if !isASCII {
                        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                        unicodeWords(of: piece).forEach(other)
                        start = index
                        isASCII = true
                    }
                    cut = index
                }
            }
            if isASCII {
                forEachASCIIWord(of: UnsafeBufferPointer(rebasing: bytes[start...]), ascii)
            } else {
                unicodeWords(of: String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
                    .forEach(other)
            }
        }
    }

    /// Whether an ASCII byte is a letter or a digit.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte)
    }

    /// Calls `body` with each folded word of ASCII `bytes`.
    private static func forEachASCIIWord(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
            var start: Int?
            for (index, byte) in bytes.enumerated() {
                folded[index] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                if isWordByte(byte) {
                    if start == nil { start = index }
                } else if let first = start {
                    body(UnsafeBufferPointer(rebasing: folded[first..<index]))
                    start = nil
                }
            }
            if let first = start { body(UnsafeBufferPointer(rebasing: folded[first..<bytes.count])) }
        }
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
