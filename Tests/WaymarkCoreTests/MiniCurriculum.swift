import Foundation
import WaymarkCore
import WaymarkCurriculum

/// A small valid curriculum held in memory; tests plant one mistake at a time.
struct MiniCurriculum {
    var files: [String: String] = [
        "curriculum.yaml": """
        format: 1
        title: Mini
        paths: [alpha]
        bootcamp:
          id: bootcamp
          title: Bootcamp
          summary: Before anything else.
          steps:
            - id: step-one
              title: First step
              text: Read the first lesson.
              lessons: [one]
          next-steps: [Keep going.]
        path-selector:
          - profile: Newcomer
            path: alpha
        id: mini
        """,
        "paths/alpha.yaml": """
        id: alpha
        title: Alpha
        audience: Newcomers
        summary: A short path.
        duration-weeks: 2-3
        hours-per-week: 5
        focus-order: [Laws, Tools]
        phases:
          - id: first
            weeks: 1
            focus: Basics
            activities:
              - text: Read
                lessons: [one]
            deliverables:
              - id: notes
                title: Notes
                lessons: [one]
          - id: second
            weeks: 2-3
            focus: Practice
            activities:
              - text: Build
                lessons: [two]
            deliverables:
              - id: build-it
                title: Build it
                lessons: [two]
        success-criteria:
          - id: can-explain
            text: Can explain it
        """,
        "lessons/one.md": lesson(id: "one", title: "One"),
        "lessons/two.md": lesson(id: "two", title: "Two"),
    ]

    static func lesson(id: String, title: String, body: String = "## Why it matters\n\nBecause.\n") -> String {
        "---\nid: \(id)\ntitle: \(title)\nminutes: 5\nsummary: About \(title).\ntags: [test]\n---\n\n\(body)"
    }

    /// Replaces the first occurrence of `old` in `file`.
    func replacing(_ old: String, with new: String, in file: String) -> MiniCurriculum {
        var copy = self
        copy.files[file] = files[file]!.replacingFirst(old, with: new)
        return copy
    }

    var source: EmbeddedCurriculumSource { EmbeddedCurriculumSource(files: files) }

    /// Writes the files under `root`, as a curriculum pack on disk.
    func write(to root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func check() -> [Diagnostic] { CurriculumLoader(source: source).check().diagnostics }

    func load() throws -> Curriculum { try CurriculumLoader(source: source).load() }
}

extension String {
    func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { fatalError("fixture has no '\(old)'") }
        return replacingCharacters(in: range, with: new)
    }
}
