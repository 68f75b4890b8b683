import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// The house rules for lesson bodies are lint, not law: warnings with their
/// figures, placed where the author has to look, set or turned off by the course.
/// Structural problems (a question without its answer) stay errors.
@Suite("Lesson house rules")
struct LessonHouseRulesTests {
    /// A body in the house format: every section, `questions` self-check pairs and
    /// about `words` words of prose.
    static func body(words: Int = 500, questions: Int = 3, code: String = "let x = 1") -> String {
        let prose = Array(repeating: "word", count: words).joined(separator: " ")
        let selfCheck = (1...max(1, questions)).prefix(questions).map { "Q: Question \($0)?\n\nA: Answer \($0).\n" }
        return """
            ## Why it matters

            \(prose)

            ## The core idea

            Short.

            ## A worked example

            ```
            \(code)
            ```

            ## Common mistakes

            - One.

            ## Self-check

            \(selfCheck.joined(separator: "\n"))
            ## Further reading

            - A book.

            """
    }

    /// The mini course with lesson `two`'s body replaced, checked as `validate` does.
    static func lint(body: String, curriculumEdit: (MiniCurriculum) -> MiniCurriculum = { $0 }) -> [Diagnostic] {
        var mini = curriculumEdit(MiniCurriculum())
        for id in ["one", "two"] {
            mini.files["lessons/\(id).md"] = MiniCurriculum.lesson(
                id: id, title: id, body: id == "two" ? body : Self.body())
        }
        return CurriculumLoader(source: mini.source).check(lintLessons: true).diagnostics
    }

    /// The 1-based line of the first line of lesson two that starts with `prefix`.
    static func line(startingWith prefix: String, body: String) -> Int {
        let text = MiniCurriculum.lesson(id: "two", title: "two", body: body)
        return text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) }! + 1
    }

    @Test("a lesson in the house format has no warnings")
    func houseFormatIsClean() {
        #expect(Self.lint(body: Self.body()).map(\.description) == [])
    }

    @Test("a short body is a warning with its word count, at the body's first line")
    func wordCount() {
        let body = Self.body(words: 10)
        // Fences are not words; the code inside them is.
        let words = body.split(separator: "\n").filter { !$0.hasPrefix("```") }.reduce(0) {
            $0 + LessonLint.wordCount($1)
        }
        #expect(
            Self.lint(body: body).map(\.description) == [
                "curriculum/lessons/two.md:9:1: warning: the body has \(words) words; this course asks for 400-1200 (lint: lesson-words)"
            ])
    }

    @Test("too few questions is a warning at the self-check heading, with the count")
    func selfCheckCount() {
        let body = Self.body(questions: 2)
        let heading = Self.line(startingWith: "## Self-check", body: body)
        #expect(
            Self.lint(body: body).map(\.description) == [
                "curriculum/lessons/two.md:\(heading):1: warning: the self-check asks 2 questions; this course asks "
                    + "for at least 3 (lint: self-checks); add 'Q: ' lines, each followed by an 'A: ' line"
            ])
    }

    @Test("a question without an answer is an error at that question")
    func unansweredQuestion() {
        let body = Self.body().replacingFirst("A: Answer 2.\n", with: "")
        let question = Self.line(startingWith: "Q: Question 2?", body: body)
        #expect(
            Self.lint(body: body).map(\.description) == [
                "curriculum/lessons/two.md:\(question):1: this question has no answer; add a line starting 'A: ' "
                    + "after it, before the next 'Q: ' or heading"
            ])
    }

    @Test("a wide code line is a warning at the first column past the limit, with its width")
    func codeWidth() {
        let body = Self.body(code: String(repeating: "x", count: 80))
        let code = Self.line(startingWith: "xxxx", body: body)
        #expect(
            Self.lint(body: body).map(\.description) == [
                "curriculum/lessons/two.md:\(code):77: warning: code line is 80 columns wide; this course allows 76 "
                    + "(lint: code-width); break the line or shorten it"
            ])
    }

    @Test("missing sections are one warning, where they belong")
    func missingSections() {
        let body = Self.body().replacingFirst("## A worked example\n", with: "").replacingFirst(
            "## Common mistakes\n", with: "")
        let next = Self.line(startingWith: "## Self-check", body: body)
        #expect(
            Self.lint(body: body).map(\.description) == [
                "curriculum/lessons/two.md:\(next):1: warning: missing sections '## A worked example' and "
                    + "'## Common mistakes' (lint: lesson-sections); add them before '## Self-check'"
            ])
    }

    @Test("an unclosed code block is an error at its opening fence")
    func unclosedFence() {
        let body = "## Why it matters\n\n```\ncode\n"
        #expect(
            Self.lint(body: body).filter(\.isError).map(\.description) == [
                "curriculum/lessons/two.md:11:1: this code block is never closed; end it with a line of ```"
            ])
    }

    @Test("a course sets its own limits in curriculum.yaml, or turns a rule off")
    func courseSettings() {
        let lint = """
            lint:
              lesson-words: [5, 20]
              self-checks: off
              code-width: 100
              lesson-sections: [Why it matters]
            path-selector:
            """
        let body =
            "## Why it matters\n\nOne two three four five six.\n\n```\n\(String(repeating: "x", count: 90))\n```\n"
        let diagnostics = Self.lint(body: body) { $0.replacing("path-selector:", with: lint, in: "curriculum.yaml") }
        #expect(diagnostics.filter { $0.file.hasSuffix("two.md") }.map(\.description) == [])
        let long = body + String(repeating: "more ", count: 30)
        let diagnosticsOfLong = Self.lint(body: long) {
            $0.replacing("path-selector:", with: lint, in: "curriculum.yaml")
        }
        #expect(
            diagnosticsOfLong.filter { $0.file.hasSuffix("two.md") }.map(\.message) == [
                "the body has 41 words; this course asks for 5-20 (lint: lesson-words)"
            ])
    }

    @Test("warnings never stop a course from loading; they show only when validating")
    func warningsDoNotStopLoading() throws {
        var mini = MiniCurriculum()
        mini.files["lessons/two.md"] = MiniCurriculum.lesson(id: "two", title: "Two", body: Self.body(words: 10))
        let result = CurriculumLoader(source: mini.source).check(lintLessons: true)
        #expect(result.curriculum != nil)
        #expect(!result.diagnostics.isEmpty && result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(try mini.load().lessons.count == 2)
    }

    @Test(
        "a lint value that cannot be read is an error that says what to write",
        arguments: [
            (
                "lesson-words: [1200, 400]",
                "'lesson-words' of lint should be [fewest, most], such as [400, 1200], or off"
            ),
            ("code-width: wide", "'code-width' of lint should be a whole number, not 'wide'"),
            ("self-checks: -1", "'self-checks' of lint should be at least 0, not -1"),
            (
                "strict: yes",
                "unknown key 'strict' in lint; the keys allowed here are lesson-words, self-checks, code-width, "
                    + "lesson-sections"
            ),
        ])
    func badLintValues(setting: String, message: String) {
        let diagnostics = MiniCurriculum().replacing(
            "path-selector:", with: "lint:\n  \(setting)\npath-selector:", in: "curriculum.yaml"
        ).check()
        #expect(diagnostics.map(\.message) == [message])
    }
}
