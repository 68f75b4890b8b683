import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// A course's id (`id:`, else derived from its title) and `renamed-from:`, as the
/// loader reads and checks them.
@Suite("Course id and renamed ids")
struct CourseIdentityTests {
    @Test("id: in curriculum.yaml is the course's id")
    func declaredID() throws {
        let curriculum = try MiniCurriculum().replacing("id: mini", with: "id: mini-course", in: "curriculum.yaml")
            .load()
        #expect(curriculum.id == "mini-course")
    }

    @Test("an id: that is not a slug is an error at its line and column")
    func invalidID() {
        let diagnostics = MiniCurriculum().replacing("id: mini", with: "id: Mini Course", in: "curriculum.yaml")
            .check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/curriculum.yaml:17:5: 'Mini Course' is not a valid id: ids are lowercase letters and "
                    + "digits joined by single hyphens, e.g. notes-on-each-law"
            ])
    }

    @Test("without id: the id comes from the title, and validate warns with the line to add")
    func derivedIDWarns() throws {
        let mini = MiniCurriculum().replacing("\nid: mini", with: "", in: "curriculum.yaml")
        #expect(try mini.load().id == "mini")
        let warnings = CurriculumLoader(source: mini.source).check(lintLessons: true).diagnostics.filter {
            $0.message.contains("has no 'id'")
        }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.contains("add 'id: mini'") == true)
        #expect(mini.check().isEmpty)
    }

    @Test(
        "a title folds to an ASCII slug",
        arguments: [
            ("Distributed Systems", "distributed-systems"), ("  Café Crème: the basics! ", "cafe-creme-the-basics"),
            ("SQL 101 — joins", "sql-101-joins"),
        ])
    func foldedTitle(title: String, id: String) {
        #expect(CourseID.derived(fromTitle: title) == id)
    }

    @Test("a title that does not fold gets a stable hash, so two such courses never share an id")
    func unfoldedTitle() {
        let mixed = CourseID.derived(fromTitle: "Введение в SQL · 数据库")
        #expect(mixed.hasPrefix("sql-") && mixed.count == 12)
        #expect(mixed == CourseID.derived(fromTitle: "Введение в SQL · 数据库"))
        #expect(mixed != CourseID.derived(fromTitle: "Основы SQL"))
        let none = CourseID.derived(fromTitle: "数据库")
        #expect(none.hasPrefix("course-") && Identifier.isValid(none))
        #expect(Identifier.isValid(mixed))
    }

    @Test("renamed-from on a path, deliverable, step, criterion and lesson becomes the course's renames")
    func renamesRead() throws {
        let curriculum = try MiniCurriculum()
            .replacing("id: alpha\n", with: "id: alpha\nrenamed-from: [old-alpha]\n", in: "paths/alpha.yaml")
            .replacing(
                "      - id: notes\n", with: "      - id: notes\n        renamed-from: [old-notes, older-notes]\n",
                in: "paths/alpha.yaml"
            )
            .replacing(
                "  - id: can-explain\n", with: "  - id: can-explain\n    renamed-from: [could-explain]\n",
                in: "paths/alpha.yaml"
            )
            .replacing(
                "        lessons: [two]\nsuccess",
                with: "        lessons: [two]\n        steps:\n          - id: step-a\n"
                    + "            renamed-from: [old-step]\n            text: Do it.\nsuccess",
                in: "paths/alpha.yaml"
            )
            .replacing("id: two\n", with: "id: two\nrenamed-from: [lesson-two]\n", in: "lessons/two.md")
            .load()
        #expect(curriculum.renames.paths == ["old-alpha": "alpha"])
        #expect(
            curriculum.renames.items == [
                "old-notes": "notes", "older-notes": "notes", "could-explain": "can-explain", "old-step": "step-a",
            ])
        #expect(curriculum.renames.lessons == ["lesson-two": "two"])
    }

    @Test("an old id that is still in use is an error naming where")
    func oldIDStillLive() {
        let diagnostics = MiniCurriculum().replacing(
            "      - id: notes\n", with: "      - id: notes\n        renamed-from: [build-it]\n", in: "paths/alpha.yaml"
        ).check()
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.description
                == "curriculum/paths/alpha.yaml:17:24: 'build-it' in renamed-from of deliverable 'notes' is still "
                + "the id of the deliverable at curriculum/paths/alpha.yaml:27:9; an id is either in use or renamed, "
                + "not both")
    }

    @Test("an old id two entities claim is an error")
    func oldIDClaimedTwice() {
        let diagnostics = MiniCurriculum()
            .replacing(
                "      - id: notes\n", with: "      - id: notes\n        renamed-from: [gone]\n", in: "paths/alpha.yaml"
            )
            .replacing(
                "      - id: build-it\n", with: "      - id: build-it\n        renamed-from: [gone]\n",
                in: "paths/alpha.yaml"
            )
            .check()
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.message.contains("'gone' in renamed-from is already claimed by deliverable 'notes'")
                == true)
    }

    @Test("an entity listing its own id, or a non-id, is an error")
    func ownIDAndBadID() {
        let diagnostics = MiniCurriculum().replacing(
            "id: two\n", with: "id: two\nrenamed-from: [two, Two Old]\n", in: "lessons/two.md"
        ).check()
        #expect(
            diagnostics.map(\.message).sorted() == [
                "'Two Old' in 'renamed-from' is not a lesson id; ids are lowercase letters and digits joined by single "
                    + "hyphens, e.g. notes-on-each-law",
                "'two' in renamed-from is this lesson's own id; remove it",
            ])
    }

    @Test("the bundled course keeps its progress under distributed-systems")
    func bundledID() {
        #expect(BundledCurriculum.curriculum.id == "distributed-systems")
    }

    @Test("a course's id and renames survive its snapshot in the cache")
    func snapshotKeepsIDAndRenames() throws {
        let mini = MiniCurriculum().replacing(
            "      - id: notes\n", with: "      - id: notes\n        renamed-from: [old-notes]\n",
            in: "paths/alpha.yaml")
        let curriculum = try mini.load()
        var reader = SnapshotReader(try CurriculumSnapshot.bytes(of: curriculum))
        let copy = try CurriculumSnapshot.curriculum(from: &reader, source: mini.source)
        #expect(copy.id == "mini")
        #expect(copy.renames == IDRenames(items: ["old-notes": "notes"]))
    }
}
