import Foundation

/// Finds a key that appears twice in one JSON object. JSONDecoder silently keeps one
/// of them, so a hand edit that adds a second `"state"` would quietly lose the other;
/// the store refuses such a file as damaged instead. Runs only on files the fast
/// reader gave up on (it gives up on duplicates itself), before JSONDecoder.
enum DuplicateKeyScanner {
    /// The first repeated key and the line it repeats on, or nil. Malformed JSON is
    /// not this scanner's business: it stops quietly and JSONDecoder words the error.
    static func firstDuplicate(in bytes: Data) -> (key: String, line: Int)? {
        bytes.withUnsafeBytes { buffer in
            var scanner = Scan(bytes: buffer.bindMemory(to: UInt8.self))
            return scanner.run()
        }
    }

    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var line = 1
        /// One set of keys per open container; arrays hold nil.
        var open: [Set<String>?] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func run() -> (key: String, line: Int)? {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "{"): open.append([])
                case UInt8(ascii: "["): open.append(nil)
                case UInt8(ascii: "}"), UInt8(ascii: "]"): if !open.isEmpty { open.removeLast() }
                case UInt8(ascii: "\n"): line += 1
                case UInt8(ascii: "\""):
                    let startLine = line
                    guard let text = readString() else { return nil }
                    if isKey(), let last = open.indices.last, open[last] != nil {
                        if open[last]!.insert(text).inserted == false { return (text, startLine) }
                    }
                    continue
                default: break
                }
                position += 1
            }
            return nil
        }

        /// A string is a key when the next significant byte is a colon.
        func isKey() -> Bool {
            var index = position
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            return index < bytes.count && bytes[index] == UInt8(ascii: ":")
        }

        /// The string starting at the quote under `position`, escapes decoded so that
        /// `"a"` and `"\u0061"` count as the same key; leaves `position` after it.
        mutating func readString() -> String? {
            let start = position
            position += 1
            var escaped = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    position += 2
                    continue
                }
                if byte == UInt8(ascii: "\n") { line += 1 }
                position += 1
                if byte == UInt8(ascii: "\"") {
                    let raw = Data(UnsafeBufferPointer(rebasing: bytes[start..<position]))
                    if !escaped { return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self) }
                    return try? JSONDecoder().decode(String.self, from: raw)
                }
            }
            return nil
        }
    }
}
