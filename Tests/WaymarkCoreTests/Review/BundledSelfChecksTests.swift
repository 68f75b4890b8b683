import Testing
import WaymarkCore
import WaymarkCurriculum

/// The bundled curriculum's self-checks are read from the lesson bodies when
/// Waymark is built, so a review deck needs no body at start-up. They must be
/// exactly what reading the bodies now gives, or cards would change ids.
@Suite("Bundled self-checks")
struct BundledSelfChecksTests {
    @Test("every lesson's self-checks worked out at build time are those its body holds")
    func precomputedMatchBodies() throws {
        let curriculum = BundledCurriculum.curriculum
        var checked = 0
        for lesson in curriculum.lessons.values {
            let known = try #require(curriculum.source.precomputedSelfChecks(ofLesson: lesson.file))
            #expect(known == SelfCheck.all(in: try curriculum.lessonBody(id: lesson.id)), "\(lesson.id)")
            checked += known.count
        }
        #expect(checked > 100)
    }

    @Test("a source made from plain files has none worked out, so bodies are read")
    func plainFilesReadBodies() throws {
        let source = EmbeddedCurriculumSource(files: ["lessons/x.md": "# X\n"])
        #expect(source.precomputedSelfChecks(ofLesson: "lessons/x.md") == nil)
    }
}
