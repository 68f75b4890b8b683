import Foundation
import WaymarkCore
import WaymarkCurriculum

/// A small course and a learner who has done a bit of everything, for the
/// portfolio's tests: held in code so that edits to the bundled course never
/// change the golden pages.
enum PortfolioFixture {
    static let start = Day("2026-11-02")!

    /// Noon UTC on the day `days` after the start.
    static func at(_ days: Int, hour: Int = 12) -> Date {
        Date(timeIntervalSince1970: TimeInterval(start.adding(days: days).ordinal * 86_400 + hour * 3_600))
    }

    static let littlesResult =
        "Little's Law: arrival rate λ 800/s, time in system W 50 ms → items in system L 40 (L = λ × W = 800/s × 50 ms = 40)"

    static func curriculum(withBuildIt: Bool = true) -> Curriculum {
        var second = [
            Deliverable(
                id: "cap-plan", title: "Capacity plan", description: "Size a service for its peak.",
                lessonIDs: ["littles"],
                steps: [
                    DeliverableStep(id: "cap-peak", text: "Write down the peak load."),
                    DeliverableStep(id: "cap-size", text: "Size the fleet at 60% of its ceiling."),
                ])
        ]
        if withBuildIt {
            second.append(
                Deliverable(id: "build-it", title: "Build it | twice", description: "", lessonIDs: ["missing"]))
        }
        let path = LearningPath(
            id: "alpha", title: "Alpha path", audience: "Newcomers to *systems*", summary: "A short path.",
            durationWeeks: WeekRange(3, 4), hoursPerWeek: WeekRange(5, 5), focusOrder: ["Laws", "Tools"],
            phases: [
                Phase(
                    id: "first", weeks: WeekRange(1, 1), focus: "Basics", summary: "",
                    activities: [Activity(text: "Read", lessonIDs: ["one"])],
                    deliverables: [
                        Deliverable(
                            id: "notes", title: "Notes on the laws",
                            description: "One page per law.\nIn your own words.", lessonIDs: ["one"],
                            steps: [DeliverableStep(id: "notes-pick", text: "Pick a system you know.")])
                    ]),
                Phase(
                    id: "second", weeks: WeekRange(2, 3), focus: "Practice <b>hard</b>", summary: "",
                    activities: [], deliverables: second),
            ],
            successCriteria: [
                SuccessCriterion(id: "can-explain", text: "Can explain every law"),
                SuccessCriterion(id: "can-size", text: "Can size a service"),
                SuccessCriterion(id: "can-teach", text: "Can teach it"),
            ])
        let lessons = [
            "one": Lesson(
                id: "one", title: "Law 1: Correlated failure", minutes: 10, summary: "", tags: [], prerequisites: [],
                file: "lessons/one.md"),
            "littles": Lesson(
                id: "littles", title: "Little's Law: L = λW", minutes: 10, summary: "", tags: [], prerequisites: [],
                file: "lessons/littles.md"),
        ]
        return Curriculum(
            title: "Course of tests", formatVersion: 1, introduction: "",
            paths: [path],
            bootcamp: Bootcamp(id: "bootcamp", title: "Bootcamp", summary: "", steps: [], rationale: [], nextSteps: []),
            guidance: Guidance(), lessons: lessons, source: EmbeddedCurriculumSource(files: [:]))
    }

    static var progress: LearnerProgress {
        var progress = LearnerProgress()
        progress.apply(.start(pathID: "alpha", on: start, restart: true))
        progress.apply(.replan(pathID: "alpha", Replan(at: at(10), fromPhase: "second", weeks: 1)))
        progress.apply(.setState(deliverableID: "notes", .done, at: at(4)))
        progress.apply(.setNote(deliverableID: "notes", "Seven pages — 法 ✓ 🚀\nSecond line.", at: at(4)))
        progress.apply(.setStep(stepID: "notes-pick", done: true, at: at(2)))
        progress.apply(.setState(deliverableID: "cap-plan", .inProgress, at: at(9)))
        progress.apply(.setStep(stepID: "cap-peak", done: true, at: at(9)))
        progress.apply(
            .setNote(deliverableID: "cap-plan", "Peak is Black Friday.\n\(littlesResult)", at: at(11)))
        progress.apply(.rate(criterionID: "can-explain", .notYet, note: nil, at: at(3)))
        progress.apply(.rate(criterionID: "can-explain", .partly, note: "Wrote notes on laws 1-3", at: at(12)))
        progress.apply(.rate(criterionID: "can-size", .confident, note: nil, at: at(12)))
        progress.apply(.markRead(lessonID: "one", at: at(1)))
        progress.apply(.markRead(lessonID: "littles", at: at(8)))
        progress.apply(.logStudy(StudyEntry(on: start.adding(days: 1), minutes: 45, source: .reader, at: at(1))))
        progress.apply(.logStudy(StudyEntry(on: start.adding(days: 8), minutes: 30, source: .manual, at: at(8))))
        progress.apply(
            .addJournalEntry(JournalEntry(lessonID: "one", at: at(1, hour: 9), text: "Racks fail together — 同時に")))
        progress.apply(
            .addJournalEntry(JournalEntry(lessonID: "littles", at: at(8), text: "L = λW explains our queue.")))
        progress.apply(
            .addJournalEntry(JournalEntry(lessonID: "one", at: at(1, hour: 8), text: "First thought.\nSecond line.")))
        var memory: CardMemory?
        for (day, rating) in [(1, ReviewRating.good), (3, .again), (4, .good), (9, .easy)] {
            let record = ReviewLog.answer("one#1", rating, at: at(day), after: memory)
            progress.apply(.answerReview(record))
            memory = ReviewLog.memories(progress.reviews.filter { $0.card == "one#1" })["one#1"]
        }
        progress.apply(.answerReview(ReviewLog.answer("littles#1", .hard, at: at(9), after: nil)))
        return progress
    }
}
