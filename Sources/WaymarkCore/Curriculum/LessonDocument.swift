/// A lesson file split into its YAML front matter and its Markdown body.
struct LessonDocument {
    /// The YAML between the opening and closing `---`, or nil when there is none.
    var frontMatter: String?
    /// 1-based line of the first front-matter line, for diagnostics.
    var frontMatterFirstLine: Int = 2
    var body: String
    /// 1-based line where the body starts in the file.
    var bodyFirstLine: Int

    init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingTrailingSpaces == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" })
        else {
            frontMatter = nil
            body = text
            bodyFirstLine = 1
            return
        }
        frontMatter = lines[1..<end].joined(separator: "\n")
        lines.removeFirst(end + 1)
        // Skip the blank line that conventionally follows the front matter.
        var skipped = 0
        while lines.first?.trimmingTrailingSpaces == "" && !lines.isEmpty {
            lines.removeFirst()
            skipped += 1
        }
        body = lines.joined(separator: "\n")
        bodyFirstLine = end + 2 + skipped
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
