import Foundation

@testable import WaymarkCurriculum

/// The files of a course on disk or in memory, each with the schema that
/// describes it, for the schema tests.
struct CourseFiles {
    /// Relative path to text.
    var files: [String: String]

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let bundledCourse = repositoryRoot.appendingPathComponent("curriculum")
    static let minimalCourse = repositoryRoot.appendingPathComponent("Tests/WaymarkCoreTests/Fixtures/minimal-course")

    /// Every regular file under `root`, by relative path.
    init(directory root: URL) throws {
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        self.files = files
    }

    init(files: [String: String]) {
        self.files = files
    }

    /// The schema a file is written against, or nil for a file outside the format.
    static func document(of path: String) -> CurriculumSchema.Document? {
        let name: String
        switch path {
        case "curriculum.yaml": name = "curriculum"
        case "glossary.yaml": name = "glossary"
        case "selector.yaml": name = "selector"
        case _ where path.hasPrefix("paths/") && path.hasSuffix(".yaml"): name = "path"
        case _ where path.hasPrefix("lessons/") && path.hasSuffix(".md"): name = "lesson"
        case _ where path.hasPrefix("patterns/") && path.hasSuffix(".md"): name = "pattern"
        case _ where (path.hasPrefix("cheatsheets/") || path.hasPrefix("recipes/")) && path.hasSuffix(".md"):
            name = "card"
        default: return nil
        }
        return CurriculumSchema.document(named: name)
    }

    /// The YAML of a file: all of it, or a Markdown file's front matter.
    static func yaml(of path: String, text: String) -> String? {
        guard path.hasSuffix(".md") else { return text }
        return LessonDocument(text: text).frontMatter.map(String.init)
    }

    /// Each file of the format, sorted, with its schema.
    var documents: [(path: String, document: CurriculumSchema.Document, yaml: String?)] {
        files.keys.sorted().compactMap { path in
            Self.document(of: path).map { (path, $0, Self.yaml(of: path, text: files[path]!)) }
        }
    }
}
