import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

/// Reading-order steps link the lessons and patterns they mean, so an order can
/// be walked with `]`/`[` and ticked as it is read; bad links are reported where
/// they stand.
@Suite("Reading-order links")
struct ReadingOrderLinkTests {
    /// The shelf course with one reading order in place of `steps`.
    static func course(steps: String) -> MiniCurriculum {
        ReferenceShelfLoaderTests.shelf.replacing(
            "path-selector:",
            with: """
                reading-orders:
                  - id: deep
                    title: Deep
                    best-for: Careful readers
                    time: 1 week
                    steps:
                \(steps)
                path-selector:
                """, in: "curriculum.yaml")
    }

    @Test("a step may be a sentence, a lone lesson id, or a mapping with lessons and patterns")
    func threeKindsOfStep() throws {
        let curriculum = try Self.course(
            steps: """
                      - Read slowly.
                      - one
                      - text: Then the second, with its pattern.
                        lessons: [two, one]
                        patterns: [breaker]
                """
        ).load()
        let order = try #require(curriculum.guidance.readingOrders.first)
        #expect(
            order.steps == [
                ReadingStep(text: "Read slowly."),
                ReadingStep(text: "one", lessonIDs: ["one"]),
                ReadingStep(
                    text: "Then the second, with its pattern.", lessonIDs: ["two", "one"], patternIDs: ["breaker"]),
            ])
        #expect(order.lessonIDs == ["one", "two"])
    }

    @Test("dangling and repeated lesson and pattern ids are reported as file:line:column")
    func badLinks() {
        let diagnostics = Self.course(
            steps: """
                      - text: Links.
                        lessons: [one, onee, one]
                        patterns: [braker]
                """
        ).check()
        #expect(
            diagnostics.map(\.description) == [
                "curriculum/curriculum.yaml:21:24: no lesson 'onee' in lessons/ (did you mean 'one'?)",
                "curriculum/curriculum.yaml:21:30: lesson 'one' is listed twice in 'lessons' of step 1 of reading order 1",
                "curriculum/curriculum.yaml:22:20: no pattern 'braker' in patterns/ (did you mean 'breaker'?)",
            ])
    }

    @Test("a step is ticked only when it links lessons and all of them are read")
    func stepTicks() {
        let step = ReadingStep(text: "Both.", lessonIDs: ["one", "two"])
        #expect(!step.isRead(by: ["one"]))
        #expect(step.isRead(by: ["one", "two"]))
        #expect(!ReadingStep(text: "Think.").isRead(by: ["one", "two"]))
    }

    @Test("every step of the bundled reading orders links lessons, and the orders run as the source has them")
    func bundledOrdersLinked() throws {
        let orders = BundledCurriculum.curriculum.guidance.readingOrders
        #expect(orders.map(\.id) == ["maximum-understanding", "practical-application", "quick-reference"])
        for order in orders {
            for step in order.steps { #expect(!step.lessonIDs.isEmpty, "\(order.id): \(step.text)") }
        }
        let deep = try #require(orders.first)
        #expect(deep.lessonIDs.prefix(7).allSatisfy { $0.hasPrefix("law-") })
        #expect(deep.lessonIDs.last == "system-design-document")
        #expect(orders[1].lessonIDs.first == "pattern-selection-guide")
        let concerns = orders[2].steps.map { String($0.text.prefix { $0 != ":" }) }
        #expect(concerns == ["Reliability", "Scale", "Consistency", "Performance"])
    }

    @Test("each bundled essential prerequisite says what to do about a 'not yet'")
    func bundledRemedies() {
        let essential = BundledCurriculum.curriculum.guidance.essentialPrerequisites
        #expect(!essential.isEmpty)
        #expect(essential.allSatisfy { $0.remedy?.isEmpty == false })
    }
}
