import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// `waymark validate` tells everything in one run: every missing field, the
/// allowed keys, no follow-on errors from one cause, positions where the author
/// has to look, and YAML mistakes in plain words with their fix.
@Suite("Validation in one run")
struct CurriculumValidationTests {
    @Test("every missing field of every entry is reported in one run, one line per entry")
    func everyMissingField() {
        let mini = MiniCurriculum().replacing(
            "path-selector:",
            with: "study-tips:\n  - name: Predict\n  - practice: Guess first\npath-selector:", in: "curriculum.yaml")
        #expect(
            mini.check().map(\.description) == [
                "curriculum/curriculum.yaml:15:5: missing 'practice' and 'reason' in study tip 1; "
                    + "add 'practice: <text>' and 'reason: <text>'",
                "curriculum/curriculum.yaml:16:5: missing 'name' and 'reason' in study tip 2; "
                    + "add 'name: <text>' and 'reason: <text>'",
            ])
    }

    @Test("an unknown key with no close match lists the keys allowed there")
    func allowedKeysListed() {
        let mini = MiniCurriculum().replacing(
            "path-selector:", with: "prerequisites:\n  x: 1\npath-selector:", in: "curriculum.yaml")
        #expect(
            mini.check().map(\.description) == [
                "curriculum/curriculum.yaml:15:3: unknown key 'x' in prerequisites; the keys allowed here are essential, helpful"
            ])
    }

    @Test("a misspelled key is one problem: the key it stands for is not also reported missing")
    func misspelledKeyOnce() {
        let diagnostics = MiniCurriculum().replacing(
            "    focus: Basics", with: "    focsu: Basics", in: "paths/alpha.yaml"
        )
        .check()
        #expect(diagnostics.map(\.message) == ["unknown key 'focsu' in phase 1 (did you mean 'focus'?)"])
    }

    @Test(
        "a lesson whose front matter is broken is one problem, not one more per link to it",
        arguments: [
            ("title: Two\n", "title: Two: the sequel\n", "YAML syntax error: the value of 'title' holds ': '"),
            ("id: two\n", "idd: two\n", "unknown key 'idd' in lesson front matter (did you mean 'id'?)"),
            ("minutes: 5\n", "minutes: five\n", "'minutes' of lesson front matter should be a whole number"),
            ("---\nid: two", "id: two", "a lesson starts with YAML front matter"),
        ])
    func brokenFrontMatterNoFollowOns(old: String, new: String, message: String) {
        let diagnostics = MiniCurriculum().replacing(old, with: new, in: "lessons/two.md").check()
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
        #expect(diagnostics.first?.file == "curriculum/lessons/two.md")
        #expect(diagnostics.first?.message.hasPrefix(message) == true, "\(diagnostics.map(\.description))")
    }

    @Test("an unknown key, a bad lesson link and a broken phase do not hide overlapping weeks (issue 20, 15)")
    func nothingHidesOverlaps() {
        let diagnostics = MiniCurriculum()
            .replacing("audience:", with: "audiense:", in: "paths/alpha.yaml")
            .replacing("lessons: [two]", with: "lessons: [tow]", in: "paths/alpha.yaml")
            .replacing("    focus: Practice", with: "    focsu: Practice", in: "paths/alpha.yaml")
            .replacing("  weeks: 2-3", with: "  weeks: 1-3", in: "paths/alpha.yaml")
            .check()
        #expect(
            diagnostics.map(\.message) == [
                "unknown key 'audiense' in path 'alpha' (did you mean 'audience'?)",
                "weeks 1-3 of phase 'second' overlap weeks 1 of phase 'first'; start it after week 1",
                "unknown key 'focsu' in phase 2 (did you mean 'focus'?)",
                "no lesson 'tow' in lessons/ (did you mean 'two'?)",
            ])
    }

    @Test("a curriculum.yaml that cannot be parsed still lets every path file be checked")
    func brokenRootStillChecksPaths() {
        let diagnostics = MiniCurriculum()
            .replacing("title: Mini", with: "title: Mini: a course", in: "curriculum.yaml")
            .replacing("audience:", with: "audiense:", in: "paths/alpha.yaml")
            .check()
        #expect(diagnostics.map(\.file) == ["curriculum/curriculum.yaml", "curriculum/paths/alpha.yaml"])
        #expect(diagnostics.last?.message == "unknown key 'audiense' in path 'alpha' (did you mean 'audience'?)")
    }

    @Test("a missing paths list is one problem, not one more per path file")
    func missingPathsList() {
        let diagnostics = MiniCurriculum().replacing("paths: [alpha]\n", with: "", in: "curriculum.yaml").check()
        #expect(
            diagnostics.map(\.message) == ["missing 'paths' in curriculum.yaml; add 'paths: [<id>, ...]'"])
    }

    @Test(
        "empty lists that must hold something are reported: phases, success criteria, deliverables, paths",
        arguments: [
            (
                "paths/alpha.yaml", "success-criteria:\n  - id: can-explain\n    text: Can explain it",
                "success-criteria: []",
                "'success-criteria' of path 'alpha' is empty; add at least one success criterion"
            ),
            (
                "paths/alpha.yaml",
                "deliverables:\n      - id: build-it\n        title: Build it\n        lessons: [two]",
                "deliverables: []", "'deliverables' of phase 2 is empty; add at least one deliverable"
            ),
            (
                "curriculum.yaml", "paths: [alpha]", "paths: []",
                "'paths' of curriculum.yaml is empty; add at least one path id"
            ),
        ])
    func emptyLists(file: String, old: String, new: String, message: String) {
        var mini = MiniCurriculum().replacing(old, with: new, in: file)
        if file == "curriculum.yaml" { mini.files["paths/alpha.yaml"] = nil }
        #expect(mini.check().map(\.message).contains(message), "\(mini.check().map(\.description))")
    }

    @Test("an empty phases list is reported where it stands")
    func emptyPhases() {
        var mini = MiniCurriculum()
        let alpha = mini.files["paths/alpha.yaml"]!
        let phases = alpha.range(of: "phases:")!.lowerBound
        let criteria = alpha.range(of: "success-criteria:")!.lowerBound
        mini.files["paths/alpha.yaml"] = alpha.replacingCharacters(in: phases..<criteria, with: "phases: []\n")
        // The lessons it linked are now linked from nowhere but the bootcamp.
        #expect(
            mini.check().map(\.description).contains(
                "curriculum/paths/alpha.yaml:8:9: 'phases' of path 'alpha' is empty; add at least one phase"))
    }

    @Test("reading-order steps that are a lone id must name a lesson; sentences are free; none is reported")
    func readingOrderSteps() {
        let order = """
            reading-orders:
              - id: quick
                title: Quick
                best-for: Hurried readers
                time: 1 hour
                steps: [onee, Read everything twice.]
              - id: slow
                title: Slow
                best-for: Careful readers
                time: 1 week
                steps: []
            path-selector:
            """
        let diagnostics = MiniCurriculum().replacing("path-selector:", with: order, in: "curriculum.yaml").check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/curriculum.yaml:19:13: no lesson 'onee' in lessons/ (did you mean 'one'?)",
                "curriculum/curriculum.yaml:24:12: 'steps' of reading order 2 is empty; add at least one step",
            ])
    }

    @Test(
        "YAML syntax errors are restated in plain words with the fix, at the place to change",
        arguments: [
            (
                "paths/alpha.yaml", "title: Alpha", "title: Alpha: the first", "paths/alpha.yaml:2:13:",
                "the value of 'title' holds ': ', which YAML reads as the start of another key; "
                    + "quote the value: title: \"Alpha: the first\""
            ),
            (
                "curriculum.yaml", "  title: Bootcamp", "\ttitle: Bootcamp", "curriculum.yaml:6:1:",
                "a tab in the indentation; YAML indents with spaces only, so replace it with spaces"
            ),
            (
                "paths/alpha.yaml", "    focus: Basics", "   focus: Basics", "paths/alpha.yaml:11:4:",
                "'focus' starts at column 4, but the keys above it start at column 5 (line 10)"
            ),
            (
                "paths/alpha.yaml", "  - id: second", " - id: second", "paths/alpha.yaml:19:2:",
                "this list item starts at column 2, but the lists above start their items at column 7 (line 16) "
                    + "or column 3 (line 9)"
            ),
            (
                "paths/alpha.yaml", "summary: A short path.", "summary: \"A short path.", "paths/alpha.yaml:4:10:",
                "this quote is never closed"
            ),
            (
                "paths/alpha.yaml", "focus-order: [Laws, Tools]", "focus-order: [Laws, Tools", "paths/alpha.yaml:7:14:",
                "the '[' that opens here is not closed with ']'"
            ),
            (
                "paths/alpha.yaml", "hours-per-week: 5", "hours-per-week: 5\ntitle: Again", "paths/alpha.yaml:7:1:",
                "the key 'title' appears twice in one mapping; keep one of them"
            ),
        ])
    func plainWordSyntaxErrors(file: String, old: String, new: String, position: String, message: String) {
        let diagnostics = MiniCurriculum().replacing(old, with: new, in: file).check()
        let syntax = diagnostics.filter { $0.message.hasPrefix("YAML syntax error: ") }
        #expect(syntax.count == 1, "\(diagnostics.map(\.description))")
        #expect(
            syntax.first.map { $0.description.contains(position) && $0.message.contains(message) } == true,
            "\(syntax.map(\.description))")
    }
}
