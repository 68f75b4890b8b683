import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

@Suite("Curriculum loader")
struct CurriculumLoaderTests {
    @Test("the mini curriculum loads with no diagnostics")
    func miniLoads() throws {
        let curriculum = try MiniCurriculum().load()
        #expect(curriculum.paths.map(\.id) == ["alpha"])
        #expect(curriculum.paths[0].phases.map(\.weeks) == [WeekRange(1, 1), WeekRange(2, 3)])
        #expect(curriculum.paths[0].hoursPerWeek == WeekRange(5, 5))
        #expect(curriculum.lessons.keys.sorted() == ["one", "two"])
        #expect(try curriculum.lessonBody(id: "one") == "## Why it matters\n\nBecause.\n")
    }

    @Test("the bundled curriculum is valid, lessons included")
    func bundledIsClean() {
        let result = CurriculumLoader(source: BundledCurriculum.source).check(lintLessons: true)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(
            result.curriculum?.paths.map(\.id) == [
                "foundation-builder", "problem-solver", "system-designer", "technical-leader",
            ])
    }

    @Test("the curriculum parsed at build time is exactly what the loader reads from the embedded files")
    func bundledParsedAtBuildTime() throws {
        let loaded = try CurriculumLoader(source: BundledCurriculum.source).load()
        let parsed = BundledCurriculum.curriculum
        #expect(parsed.title == loaded.title)
        #expect(parsed.formatVersion == loaded.formatVersion)
        #expect(parsed.introduction == loaded.introduction)
        #expect(parsed.paths == loaded.paths)
        #expect(parsed.bootcamp == loaded.bootcamp)
        #expect(parsed.guidance == loaded.guidance)
        #expect(parsed.lessons == loaded.lessons)
        for id in loaded.lessons.keys {
            #expect(try parsed.lessonBody(id: id) == loaded.lessonBody(id: id))
        }
    }

    @Test("the bundled curriculum carries every phase of the seed plans")
    func bundledPlans() throws {
        let curriculum = try CurriculumLoader(source: BundledCurriculum.source).load()
        let plans = curriculum.paths.map { path in path.phases.map { "\($0.weeks) \($0.focus)" } }
        #expect(
            plans == [
                ["1-2 Core Laws", "3-4 First Patterns", "5-6 Quantitative Tools", "7-8 Real Systems"],
                ["1 Laws Speed Run", "2-3 Pattern Deep Dives", "4-5 Quantitative Analysis", "6 Case Studies"],
                ["1 Advanced Framework", "2 Complex Patterns", "3-4 Design Practice"],
                ["1 Strategic Overview", "2 Decision Frameworks", "3 Organization"],
            ])
        #expect(curriculum.paths.map { "\($0.durationWeeks)" } == ["6-8", "4-6", "2-4", "2-3"])
        #expect(curriculum.paths.allSatisfy { $0.successCriteria.count == 3 })
        #expect(curriculum.bootcamp.steps.count == 5)
        #expect(curriculum.lessons.count >= 40)
    }

    @Test("an unknown key is reported with a did-you-mean")
    func unknownKey() {
        let diagnostics = MiniCurriculum().replacing("audience:", with: "audiense:", in: "paths/alpha.yaml").check()
        #expect(
            diagnostics.map(\.description).contains(
                "curriculum/paths/alpha.yaml:3:1: unknown key 'audiense' in path 'alpha' (did you mean 'audience'?)"))
    }

    @Test("a missing required field is reported where its mapping starts")
    func missingField() {
        let diagnostics = MiniCurriculum().replacing("    focus: Basics\n", with: "", in: "paths/alpha.yaml").check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/paths/alpha.yaml:9:5: missing 'focus' in phase 1; add 'focus: <text>'"
            ])
    }

    @Test("a duplicate id names both places")
    func duplicateID() {
        let diagnostics = MiniCurriculum().replacing("id: build-it", with: "id: notes", in: "paths/alpha.yaml").check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/paths/alpha.yaml:26:9: duplicate id 'notes': already used by the deliverable at curriculum/paths/alpha.yaml:16:9"
            ])
    }

    @Test("a dangling lesson reference is reported with the closest lesson")
    func danglingLesson() {
        let diagnostics = MiniCurriculum().replacing("lessons: [two]", with: "lessons: [tow]", in: "paths/alpha.yaml")
            .check()
        #expect(
            diagnostics.map(\.description).contains(
                "curriculum/paths/alpha.yaml:24:19: no lesson 'tow' in lessons/ (did you mean 'two'?)"))
    }

    @Test("overlapping weeks are reported")
    func overlappingWeeks() {
        let diagnostics = MiniCurriculum().replacing("  weeks: 2-3", with: "  weeks: 1-3", in: "paths/alpha.yaml")
            .check()
        #expect(
            diagnostics.map(\.message) == [
                "weeks 1-3 of phase 'second' overlap weeks 1 of phase 'first'; start it after week 1"
            ])
    }

    @Test("weeks past the path's duration are reported")
    func outOfRangeWeeks() {
        let diagnostics = MiniCurriculum().replacing("  weeks: 2-3", with: "  weeks: 2-5", in: "paths/alpha.yaml")
            .check()
        #expect(
            diagnostics.map(\.message) == [
                "phase 'second' runs to week 5, past the path's 3 weeks; end it by week 3 or lengthen 'duration-weeks'"
            ])
    }

    @Test("a reversed week range is reported")
    func reversedWeeks() {
        let diagnostics = MiniCurriculum().replacing("  weeks: 2-3", with: "  weeks: 3-2", in: "paths/alpha.yaml")
            .check()
        #expect(diagnostics.first?.message.hasPrefix("'weeks' of phase 2 should be a number or a range") == true)
    }

    @Test("an id that is not kebab-case is reported")
    func badIDSyntax() {
        let diagnostics = MiniCurriculum().replacing("id: build-it", with: "id: Build_It", in: "paths/alpha.yaml")
            .check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/paths/alpha.yaml:26:13: 'Build_It' is not a valid id: \(Identifier.syntaxHint)"
            ])
    }

    @Test("an empty title is reported")
    func emptyTitle() {
        let diagnostics = MiniCurriculum().replacing("title: Notes", with: "title: \"\"", in: "paths/alpha.yaml")
            .check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/paths/alpha.yaml:17:16: 'title' of deliverable 1 must not be empty"
            ])
    }

    @Test("a YAML syntax error is reported with its position")
    func syntaxError() {
        let diagnostics = MiniCurriculum().replacing("title: Alpha", with: "title: [Alpha", in: "paths/alpha.yaml")
            .check()
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].file == "curriculum/paths/alpha.yaml")
        #expect(diagnostics[0].message.hasPrefix("YAML syntax error"))
    }

    @Test("YAML anchors and aliases are refused, so an alias bomb cannot expand")
    func aliasesRefused() {
        let diagnostics = MiniCurriculum()
            .replacing("summary: A short path.", with: "summary: &s A short path.", in: "paths/alpha.yaml").check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/paths/alpha.yaml:4:10: YAML anchors and aliases are not allowed in curriculum files"
            ])
    }

    @Test("a lesson linked from nowhere is reported")
    func unlinkedLesson() {
        var mini = MiniCurriculum()
        mini.files["lessons/three.md"] = MiniCurriculum.lesson(id: "three", title: "Three")
        #expect(
            mini.check().map(\.description) == [
                "curriculum/lessons/three.md:2:1: lesson 'three' is not linked from any activity, deliverable or bootcamp step"
            ])
    }

    @Test("an activity without lessons is reported")
    func activityWithoutLessons() {
        let diagnostics = MiniCurriculum().replacing(
            "lessons: [two]\n    deliverables", with: "lessons: []\n    deliverables", in: "paths/alpha.yaml"
        ).check()
        #expect(diagnostics.map(\.message).contains("activity 1 links no lessons; add 'lessons: [lesson-id, ...]'"))
    }

    @Test("a path file not listed in curriculum.yaml is reported")
    func unlistedPath() {
        var mini = MiniCurriculum()
        mini.files["paths/beta.yaml"] = "id: beta\n"
        #expect(
            mini.check().map(\.message) == [
                "paths/beta.yaml is not listed in 'paths' of curriculum.yaml; add 'beta' there or remove the file"
            ])
    }

    @Test("a listed path without a file is reported")
    func missingPathFile() {
        let diagnostics = MiniCurriculum().replacing(
            "paths: [alpha]", with: "paths: [alpha, gamma]", in: "curriculum.yaml"
        ).check()
        #expect(diagnostics.map(\.description) == ["curriculum/paths/gamma.yaml:1:1: file not found"])
    }

    @Test("a lesson whose id differs from its file name is one problem: links by its file name still count")
    func lessonIDMismatch() {
        var mini = MiniCurriculum()
        mini.files["lessons/two.md"] = MiniCurriculum.lesson(id: "twoo", title: "Two")
        #expect(
            mini.check().map(\.message) == [
                "lesson id 'twoo' does not match its file name 'two.md'; rename the file to twoo.md or set 'id: two'"
            ])
    }

    @Test("a newer curriculum format is refused with a clear message")
    func newerFormat() {
        let diagnostics = MiniCurriculum().replacing("format: 1", with: "format: 7", in: "curriculum.yaml").check()
        #expect(
            diagnostics.map(\.message) == ["curriculum format 7 is newer than this Waymark reads (1); update Waymark"])
    }

    @Test("three planted errors give three diagnostics, in file order")
    func threePlantedErrors() {
        let diagnostics = MiniCurriculum()
            .replacing("audience:", with: "audince:", in: "paths/alpha.yaml")
            .replacing("  weeks: 2-3", with: "  weeks: 1-3", in: "paths/alpha.yaml")
            .replacing("lessons: [one]\n  next", with: "lessons: [on]\n  next", in: "curriculum.yaml")
            .check()
        #expect(diagnostics.count == 3)
        #expect(
            diagnostics.map(\.file) == [
                "curriculum/curriculum.yaml", "curriculum/paths/alpha.yaml", "curriculum/paths/alpha.yaml",
            ])
    }

    @Test("control characters in curriculum text never survive loading")
    func sanitisesText() throws {
        let curriculum = try MiniCurriculum().replacing(
            "title: Alpha", with: "title: \"Al\\e[31mpha\\u202E\"", in: "paths/alpha.yaml"
        ).load()
        #expect(curriculum.paths[0].title == "Al\u{FFFD}[31mpha")
    }

    @Test("CRLF line endings and a BOM load like plain files")
    func crlfAndBOM() throws {
        var mini = MiniCurriculum()
        mini.files["paths/alpha.yaml"] =
            "\u{FEFF}" + mini.files["paths/alpha.yaml"]!.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try mini.load().paths[0].title == "Alpha")
    }

    @Test("random bytes in any file give diagnostics, never a crash")
    func garbageNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        for file in MiniCurriculum().files.keys.sorted() {
            for _ in 0..<20 {
                var mini = MiniCurriculum()
                var bytes = Array(mini.files[file]!.utf8)
                for _ in 0..<5 {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
                mini.files[file] = String(decoding: bytes, as: UTF8.self)
                _ = mini.check()
            }
        }
    }
}

@Suite("Lesson documents")
struct LessonDocumentTests {
    @Test("front matter and body split, with the body's first line counted")
    func split() {
        let document = LessonDocument(text: "---\nid: a\ntitle: A\n---\n\n\n## Why\nText\n")
        #expect(document.frontMatter == "id: a\ntitle: A\n")
        #expect(document.body == "## Why\nText\n")
        #expect(document.bodyFirstLine == 7)
    }

    @Test("a file without front matter, or with an unclosed one, is all body")
    func noFrontMatter() {
        #expect(LessonDocument(text: "## Why\n").frontMatter == nil)
        let unclosed = LessonDocument(text: "---\nid: a\n")
        #expect(unclosed.frontMatter == nil && unclosed.body == "---\nid: a\n" && unclosed.bodyFirstLine == 1)
    }
}

@Suite("Lesson lint")
struct LessonLintTests {
    @Test(
        "word counting agrees with splitting on spaces",
        arguments: ["", " ", "one", "  two  words ", "a b  c", "法 律 ✓"])
    func wordCount(line: String) {
        #expect(LessonLint.wordCount(line) == line.split(separator: " ").count)
    }

    @Test("deliverable steps load in order; a duplicate step id or an unknown key is reported where it stands")
    func deliverableSteps() throws {
        let steps =
            "        title: Notes\n        steps:\n          - id: notes-read\n            text: Read the lesson.\n"
            + "          - id: notes-write\n            text: Write a page.\n"
        let withSteps = MiniCurriculum().replacing("        title: Notes\n", with: steps, in: "paths/alpha.yaml")
        let curriculum = try withSteps.load()
        #expect(curriculum.deliverable(id: "notes")?.deliverable.steps.map(\.id) == ["notes-read", "notes-write"])
        let duplicate = withSteps.replacing("id: notes-write", with: "id: notes-read", in: "paths/alpha.yaml").check()
        #expect(duplicate.contains { $0.description.contains("duplicate id 'notes-read'") })
        let unknown = withSteps.replacing("text: Write a page.", with: "txt: Write a page.", in: "paths/alpha.yaml")
            .check()
        #expect(unknown.contains { $0.description.contains("unknown key 'txt' in step 2") })
    }

    @Test("a directory where a lesson should be is named as a directory, not as NSCocoaErrorDomain 256")
    func directoryAsLesson() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "waymark-dir-lesson-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var mini = MiniCurriculum()
        mini.files["lessons/two.md"] = nil
        try mini.write(to: root)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("lessons/two.md"), withIntermediateDirectories: true)
        let diagnostics = CurriculumLoader(source: try DirectoryCurriculumSource(root: root)).check().diagnostics
        #expect(
            diagnostics.contains { $0.description.contains("two.md") && $0.description.contains("it is a directory") })
        #expect(!diagnostics.contains { $0.description.contains("NSCocoaErrorDomain") })
    }
}
