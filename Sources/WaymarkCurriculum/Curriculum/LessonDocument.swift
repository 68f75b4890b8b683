/// A lesson file split into its YAML front matter and its Markdown body.
///
/// Only the front matter is found by scanning lines; the body is a slice of the
/// original text, so loading the library at start-up touches little beyond each
/// file's first few lines.
struct LessonDocument {
    /// The YAML between the opening and closing `---`, or nil when there is none.
    var frontMatter: Substring?
    var body: Substring
    /// 1-based line where the body starts in the file.
    var bodyFirstLine: Int

    init(text: String) {
        guard let (frontMatter, bodyStart, line) = Self.splitFrontMatter(text) else {
            frontMatter = nil
            body = text[...]
            bodyFirstLine = 1
            return
        }
        self.frontMatter = frontMatter
        // Skip the blank lines that conventionally follow the front matter.
        var start = bodyStart
        var bodyLine = line
        while start < text.endIndex, text[start] == "\n" {
            start = text.index(after: start)
            bodyLine += 1
        }
        body = text[start...]
        bodyFirstLine = bodyLine
    }

    /// The front matter, where the text after its closing `---` starts, and that
    /// position's 1-based line number; nil when the file has no front matter.
    private static func splitFrontMatter(_ text: String) -> (Substring, String.Index, Int)? {
        var lineStart = text.startIndex
        var line = 1
        var yamlStart: String.Index?
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            let isDelimiter = text[lineStart..<lineEnd].trimmingTrailingSpaces == "---"
            if let start = yamlStart {
                if isDelimiter { return (text[start..<lineStart], next, line + 1) }
            } else {
                guard isDelimiter else { return nil }
                yamlStart = next
            }
            lineStart = next
            line += 1
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
