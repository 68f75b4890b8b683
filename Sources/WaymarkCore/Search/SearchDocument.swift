/// Something search can find: a lesson, a pattern card, a glossary term, a recipe
/// or a cheat sheet, as its title and its lines.
public struct SearchDocument: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case lesson, pattern, glossary, recipe
        case cheatSheet = "cheatsheet"
    }

    public var kind: Kind
    public var id: String
    public var title: String
    /// The body, a line each, as in its file (1-based line numbers in results).
    public var lines: [String]
    /// Which lines are Markdown headings: a match there ranks above one in the text.
    public var headingLines: Set<Int>

    public init(kind: Kind, id: String, title: String, body: String) {
        self.kind = kind
        self.id = id
        self.title = title
        let lines = Self.lines(of: body)
        self.lines = lines
        headingLines = Set(lines.indices.filter { Self.isHeading(lines[$0]) })
    }

    /// The lines of `body`, as splitting its Characters at "\n" gives them, found in
    /// its bytes: that split went Character by Character through every lesson and
    /// was half of building the search index. A line feed is a Character of its own
    /// unless a carriage return comes just before it ("\r\n" is one Character), so
    /// the lines end at every 0x0A byte that does not follow a 0x0D.
    static func lines(of body: String) -> [String] {
        var text = body
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        } ?? body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether `line` starts with the Character "#". Followed by an ASCII byte, a
    /// "#" byte is that Character; before anything else (a combining accent makes
    /// "#́" one Character) String decides.
    static func isHeading(_ line: String) -> Bool {
        var bytes = line.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "#") else { return false }
        guard let next = bytes.next(), next >= 0x80 else { return true }
        return line.hasPrefix("#")
    }
}
