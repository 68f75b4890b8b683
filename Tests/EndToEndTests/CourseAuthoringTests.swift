import Foundation
import Testing

/// A course author's first hour, from the shell: `waymark new`, `waymark
/// validate` (with and without --strict) and `waymark schema`.
@Suite("Course authoring")
struct CourseAuthoringTests {
    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("waymark-course-\(UUID().uuidString)")
    }

    static func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let range = text.range(of: old) else {
            Issue.record("\(file.lastPathComponent) has no \(old.debugDescription)")
            return
        }
        try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// The 1-based line of `file` that starts with `prefix`.
    static func line(of prefix: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }

    @Test("waymark new writes a course that validates strictly and runs at once")
    func newCourseRuns() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let course = root.appendingPathComponent("sql-course").path
        let created = try waymark.run(["new", course, "--title", "SQL: the basics ✓"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("waymark validate \(course)"))
        let validated = try waymark.run(["validate", "--strict", course])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        #expect(validated.stdout == "OK: 1 path, 2 phases, 2 deliverables, 2 success criteria, 3 lessons.\n")
        let paths = try waymark.run(["paths", "--curriculum", course])
        #expect(paths.status == 0 && paths.stdout.contains("First path"), "\(paths.stderr)")
        let checked = try waymark.run(["check", "notes-on-the-basics", "--curriculum", course])
        #expect(checked.status == 0, "\(checked.stderr)")
        let status = try waymark.run(["--curriculum", course])
        #expect(status.status == 0 && status.stdout.contains("first-path"), "\(status.stderr)")
        let yaml = try String(contentsOfFile: course + "/curriculum.yaml", encoding: .utf8)
        #expect(yaml.contains("title: \"SQL: the basics ✓\""))
        #expect(FileManager.default.fileExists(atPath: course + "/schema/curriculum.schema.json"))
    }

    @Test("waymark new refuses a directory that is not empty, and names it after the directory by default")
    func newRefusesNonEmpty() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let waymark = WaymarkBinary()
        let course = root.appendingPathComponent("graph-theory").path
        #expect(try waymark.run(["new", course]).status == 0)
        let yaml = try String(contentsOfFile: course + "/curriculum.yaml", encoding: .utf8)
        #expect(yaml.contains("title: \"Graph theory\""))
        let again = try waymark.run(["new", course])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is not empty"))
        #expect(try String(contentsOfFile: course + "/curriculum.yaml", encoding: .utf8) == yaml)
    }

    @Test("a new course broken in ten typical ways gets ten messages in one run: what, where and how to fix it")
    func tenMistakesInOneRun() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let waymark = WaymarkBinary()
        let course = root.appendingPathComponent("course")
        #expect(try waymark.run(["new", course.path]).status == 0)
        let curriculum = course.appendingPathComponent("curriculum.yaml")
        let path = course.appendingPathComponent("paths/first-path.yaml")
        let welcome = course.appendingPathComponent("lessons/welcome.md")
        let writing = course.appendingPathComponent("lessons/writing-a-lesson.md")
        let planning = course.appendingPathComponent("lessons/planning-a-path.md")

        // 10. (Written first, from the path as new wrote it.) A second path whose phases list is empty.
        let first = try String(contentsOf: path, encoding: .utf8)
        let header = first[..<first.range(of: "phases:")!.lowerBound]
        try
            (header.replacingOccurrences(of: "id: first-path", with: "id: second-path")
            + "phases: []\nsuccess-criteria:\n  - id: can-do-more\n    text: Can do more\n")
            .write(to: course.appendingPathComponent("paths/second-path.yaml"), atomically: true, encoding: .utf8)

        // 1. Bad indentation: one key of a bootcamp step a space to the left.
        try Self.edit(curriculum, "      title: Read the welcome", "     title: Read the welcome")
        // 2. A tab in a lesson's front matter.
        try Self.edit(writing, "minutes: 6", "\tminutes: 6")
        // 3. A title with an unquoted colon.
        try Self.edit(welcome, "title: Welcome to the course", "title: Welcome: how this course works")
        // 4. A misspelled key.
        try Self.edit(path, "audience:", "audiense:")
        // 5. A missing required key.
        try Self.edit(path, "        title: A path of your own\n", "")
        // 6. A lesson id that names no lesson.
        try Self.edit(
            path, "      - text: Plan a path of your own\n        lessons: [planning-a-path]",
            "      - text: Plan a path of your own\n        lessons: [planing-a-path]")
        // 7. A typo in a lesson's front matter, in a lesson that paths link to.
        try Self.edit(planning, "summary:", "sumary:")
        // 8. Overlapping weeks.
        try Self.edit(path, "    weeks: 2\n", "    weeks: 1-2\n")
        // 9. A self-check question without its answer.
        try Self.edit(planning, "A: At least one lesson, by its id.\n", "")
        let result = try waymark.run(["validate", course.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let shown = result.stdout
        #expect(lines.count == 10, "\(shown)")
        #expect(result.stderr == "10 problems found.\n")

        let indented = try Self.line(of: "     title: Read the welcome", in: curriculum)
        let question = try Self.line(of: "Q: What does every activity", in: planning)
        let expected: [(where: String, what: String, fix: String)] = [
            (
                "curriculum.yaml:\(indented):6: ", "YAML syntax error: 'title' starts at column 6",
                "the keys above it start at column 7"
            ),
            (
                "lessons/planning-a-path.md:5:1: ", "unknown key 'sumary' in lesson front matter",
                "did you mean 'summary'?"
            ),
            ("lessons/planning-a-path.md:\(question):1: ", "this question has no answer", "add a line starting 'A: '"),
            (
                "lessons/welcome.md:3:", "the value of 'title' holds ': '",
                "quote the value: title: \"Welcome: how this course works\""
            ),
            ("lessons/writing-a-lesson.md:4:1: ", "a tab in the indentation", "replace it with spaces"),
            ("paths/first-path.yaml:6:1: ", "unknown key 'audiense' in path 'first-path'", "did you mean 'audience'?"),
            (
                "paths/first-path.yaml:", "weeks 1-2 of phase 'practice' overlap weeks 1 of phase 'basics'",
                "start it after week 1"
            ),
            ("paths/first-path.yaml:", "no lesson 'planing-a-path' in lessons/", "did you mean 'planning-a-path'?"),
            ("paths/first-path.yaml:", "missing 'title' in deliverable 1", "add 'title: <text>'"),
            ("paths/second-path.yaml:", "'phases' of path 'second-path' is empty", "add at least one phase"),
        ]
        for (place, what, fix) in expected {
            let match = lines.first { $0.hasPrefix(course.path + "/" + place) && $0.contains(what) }
            #expect(match?.contains(fix) == true, "no line at \(place) saying \(what) … \(fix) in:\n\(shown)")
        }
    }

    @Test("warnings pass validate and fail it with --strict; errors always fail")
    func strictFailsOnWarnings() throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let waymark = WaymarkBinary()
        let course = root.appendingPathComponent("course")
        #expect(try waymark.run(["new", course.path]).status == 0)
        try Self.edit(course.appendingPathComponent("curriculum.yaml"), "self-checks: 3", "self-checks: 4")
        let loose = try waymark.run(["validate", course.path])
        #expect(loose.status == 0, "\(loose.stdout)\(loose.stderr)")
        #expect(
            loose.stdout.split(separator: "\n").filter { $0.contains(": warning: the self-check asks 3 questions") }
                .count == 3)
        #expect(loose.stdout.hasSuffix("3 lessons; 3 warnings.\n"))
        let strict = try waymark.run(["validate", "--strict", course.path])
        #expect(strict.status == 1)
        #expect(strict.stderr == "3 warnings found; --strict fails on warnings.\n")
    }

    @Test("waymark schema lists the schemas and prints each as shipped in schema/")
    func schemaCommand() throws {
        let waymark = WaymarkBinary()
        let list = try waymark.run(["schema"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("path        paths/*.yaml"))
        for name in ["curriculum", "path", "lesson", "pattern", "card", "glossary", "selector"] {
            let printed = try waymark.run(["schema", name])
            let shipped = try String(
                contentsOf: WaymarkBinary.repositoryRoot.appendingPathComponent("schema/\(name).schema.json"),
                encoding: .utf8)
            #expect(printed.status == 0 && printed.stdout == shipped, "\(name)")
        }
        let unknown = try waymark.run(["schema", "paths"])
        #expect(unknown.status == 1 && unknown.stderr.contains("Did you mean: path?"))
    }
}
