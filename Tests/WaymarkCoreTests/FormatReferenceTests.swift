import Foundation
import Testing

@testable import WaymarkCurriculum

/// The written reference, the minimal course and `waymark new` say the same
/// thing as the format table: the key tables in docs/curriculum-format.md are
/// rendered from `CurriculumFormat`, the fixture is what `waymark new` writes, and
/// the reference quotes the fixture. `WAYMARK_RECORD_DOCS=1` rewrites the doc's
/// key tables after a deliberate change to the table.
@Suite("Format reference")
struct FormatReferenceTests {
    static let document = CourseFiles.repositoryRoot.appendingPathComponent("docs/curriculum-format.md")

    @Test("the minimal-course fixture is exactly what `waymark new minimal-course` writes")
    func fixtureIsTemplate() throws {
        let fixture = try CourseFiles(directory: CourseFiles.minimalCourse).files
        let title = CourseTemplate.defaultTitle(forDirectory: "minimal-course")
        #expect(title == "Minimal course")
        let written = Dictionary(uniqueKeysWithValues: CourseTemplate.files(title: title).map { ($0.path, $0.text) })
        #expect(fixture.keys.sorted() == written.keys.sorted())
        for (path, text) in written {
            #expect(fixture[path] == text, "\(path) differs from the template; rewrite the fixture with waymark new")
        }
    }

    @Test("the minimal course validates with no error and no warning, lessons included")
    func fixtureValidates() throws {
        let source = try DirectoryCurriculumSource(root: CourseFiles.minimalCourse)
        let result = CurriculumLoader(source: source).check(lintLessons: true)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.curriculum?.paths.map(\.id) == ["first-path"])
        #expect(result.curriculum?.lessons.count == 3)
    }

    @Test("a title with quotes, backslashes and a colon survives into curriculum.yaml")
    func titleQuoting() throws {
        let title = #"SQL: "joins" \ more ✓"#
        let files = Dictionary(uniqueKeysWithValues: CourseTemplate.files(title: title).map { ($0.path, $0.text) })
        let curriculum = try CurriculumLoader(source: EmbeddedCurriculumSource(files: files)).load()
        #expect(curriculum.title == title)
    }

    @Test("the reference quotes every file of the minimal course as it is")
    func referenceQuotesFixture() throws {
        let fixture = try CourseFiles(directory: CourseFiles.minimalCourse).files
        let quoted = Self.quotedFiles(in: try String(contentsOf: Self.document, encoding: .utf8))
        #expect(quoted.keys.sorted() == fixture.keys.sorted())
        for (path, text) in quoted {
            #expect(text == fixture[path], "the quote of \(path) in docs/curriculum-format.md differs from the fixture")
        }
    }

    @Test("the reference's key tables are the format table, shape by shape")
    func keyTablesMatch() throws {
        var text = try String(contentsOf: Self.document, encoding: .utf8)
        var stale: [String] = []
        for shape in CurriculumFormat.shapes {
            let open = "<!-- keys: \(shape.name) -->\n"
            let close = "<!-- /keys -->"
            guard let start = text.range(of: open),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            else {
                stale.append("\(shape.name): no \(open.dropLast()) block")
                continue
            }
            let table = Self.table(for: shape)
            if text[start.upperBound..<end.lowerBound] != table {
                stale.append(shape.name)
                text.replaceSubrange(start.upperBound..<end.lowerBound, with: table)
            }
        }
        if ProcessInfo.processInfo.environment["WAYMARK_RECORD_DOCS"] == "1" {
            try text.write(to: Self.document, atomically: true, encoding: .utf8)
        } else {
            #expect(stale == [], "stale key tables; rewrite them with WAYMARK_RECORD_DOCS=1")
        }
    }

    // MARK: - Rendering

    /// A shape's keys as a Markdown table.
    static func table(for shape: FormatShape) -> String {
        var lines = ["| key | type | required | default | what it is |", "|---|---|---|---|---|"]
        for key in shape.keys {
            // `paths/<id>.yaml` would be an HTML tag to Markdown.
            let summary = key.summary.replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            // A literal value in code, a default said in words as words.
            let value = key.defaultValue.map { $0.first == "[" || Int($0) != nil ? "`\($0)`" : $0 } ?? ""
            lines.append(
                "| `\(key.name)` | \(words(for: key.type)) | \(key.isRequired ? "yes" : "no") | \(value) | \(summary) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func words(for type: FormatType) -> String {
        switch type {
        case .text: return "text"
        case .id: return "id"
        case .integer(let min, let max):
            guard let max else { return "whole number ≥ \(min)" }
            return min == max ? "`\(min)`" : "whole number \(min)–\(max)"
        case .weeks: return "weeks"
        case .choice(let words): return "one of " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .list(let item, let minItems, let maxItems):
            if let maxItems, maxItems == minItems { return "list of \(minItems) \(plural(item))" }
            return "\(minItems > 0 ? "non-empty " : "")list of \(plural(item))"
        case .shape(let name): return "[\(name)](#\(name))"
        case .anyOf(let types): return types.map(words).joined(separator: " or ")
        case .off: return "`off`"
        }
    }

    private static func plural(_ type: FormatType) -> String {
        switch type {
        case .text: return "text"
        case .id: return "ids"
        case .integer(let min, _): return "whole numbers ≥ \(min)"
        case .shape(let name): return "[\(name)](#\(name)) entries"
        default: return words(for: type)
        }
    }

    /// The files quoted after `<!-- file: PATH -->` lines, each in a fenced block.
    static func quotedFiles(in text: String) -> [String: String] {
        var files: [String: String] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            guard line.hasPrefix("<!-- file: "), line.hasSuffix(" -->"), index + 1 < lines.count else { continue }
            let path = String(line.dropFirst("<!-- file: ".count).dropLast(" -->".count))
            let fence = String(lines[index + 1].prefix { $0 == "`" })
            guard fence.count >= 3 else { continue }
            var body: [Substring] = []
            index += 2
            while index < lines.count, lines[index] != fence {
                body.append(lines[index])
                index += 1
            }
            files[path] = body.map { $0 + "\n" }.joined()
        }
        return files
    }
}
