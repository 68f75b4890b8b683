import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@Suite("Checked exercises")
struct AnswerKeyTests {
    @Test("a number with a tolerance and a unit: typed with or without the unit, within the tolerance")
    func numbers() throws {
        let key = try #require(AnswerKey("40 ± 1 jobs"))
        #expect(key.accepts("40") && key.accepts("41 jobs") && key.accepts(" 39.5 ") && key.accepts("40 JOBS"))
        #expect(!key.accepts("42") && !key.accepts("forty") && !key.accepts(""))
        #expect(key.display == "40 ± 1 jobs")
        let relative = try #require(AnswerKey("30 ± 5% s"))
        #expect(relative.accepts("31.4") && !relative.accepts("32"))
        let exact = try #require(AnswerKey("1,200"))
        #expect(exact.accepts("1200") && exact.accepts("1,200") && !exact.accepts("1201"))
        #expect(try #require(AnswerKey("0.3")).accepts("0.30000000000000004"))
    }

    @Test("one choice among options, in any case")
    func choices() throws {
        let key = try #require(AnswerKey("b (of a, b, c, d)"))
        #expect(key.accepts("b") && key.accepts("B") && key.accepts("(b)") && key.accepts("b)"))
        #expect(!key.accepts("a") && !key.accepts("bb"))
        #expect(key.prompt == "one of a, b, c, d")
    }

    @Test(
        "what is not a key is refused",
        arguments: ["", "about forty", "40 ±", "40 ± x", "e (of a, b)", "a (of a)", "a (a, b)", "40 ± 1 two words"])
    func notKeys(text: String) {
        #expect(AnswerKey(text) == nil)
    }

    @Test(
        "self-checks are read from their section, with their keys, and keep their id when the lesson around them changes"
    )
    func selfChecks() {
        let body = """
            ## Why it matters

            Q: not a self-check, outside the section

            ## Self-check

            Q: How many jobs are in progress?

            A: L = λW = 40 jobs.

            Answer: 40 ± 1 jobs

            Q: Why?

            A: Because.
            """
        let checks = SelfCheck.all(in: body)
        #expect(checks.count == 2)
        #expect(checks[0].key == AnswerKey("40 ± 1 jobs") && checks[1].key == nil)
        let moved = SelfCheck.all(in: "## Self-check\n\nQ: How many   jobs are in progress?\n\nA: Forty.\n")
        #expect(moved[0].cardID(lessonID: "l") == checks[0].cardID(lessonID: "l"))
        #expect(checks[1].cardID(lessonID: "l") != checks[0].cardID(lessonID: "l"))
    }

    @Test("validate reports a key it cannot check, where it stands")
    func lint() {
        let lesson = MiniCurriculum.lesson(
            id: "one", title: "One",
            body: "## Self-check\n\nQ: How many?\n\nA: Forty.\n\nAnswer: about forty\n")
        var mini = MiniCurriculum()
        mini.files["lessons/one.md"] = lesson
        let diagnostics = CurriculumLoader(source: mini.source).check(lintLessons: true).diagnostics
        #expect(
            diagnostics.contains {
                $0.description.contains("one.md:15:")
                    && $0.description.contains("is not an answer the reader can check")
            })
    }
}
