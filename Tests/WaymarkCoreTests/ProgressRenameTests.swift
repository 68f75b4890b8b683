import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

private let early = Date(timeIntervalSince1970: 1_795_000_000)
private let late = Date(timeIntervalSince1970: 1_795_100_000)

/// `renamed-from:`: progress under an old id moves to the new one when read; the
/// file is rewritten at the next save, which keeps the file as it was.
@Suite("Progress under renamed ids")
struct ProgressRenameTests {
    let temp = TemporaryDirectory()

    /// Mini with `notes` renamed from `old-notes`, path `alpha` from `old-alpha`,
    /// lesson `two` from `lesson-two` and criterion `can-explain` from `could-explain`.
    func renamedCourse() throws -> Curriculum {
        try MiniCurriculum()
            .replacing("id: alpha\n", with: "id: alpha\nrenamed-from: [old-alpha]\n", in: "paths/alpha.yaml")
            .replacing(
                "      - id: notes\n", with: "      - id: notes\n        renamed-from: [old-notes]\n",
                in: "paths/alpha.yaml"
            )
            .replacing(
                "  - id: can-explain\n", with: "  - id: can-explain\n    renamed-from: [could-explain]\n",
                in: "paths/alpha.yaml"
            )
            .replacing("id: two\n", with: "id: two\nrenamed-from: [lesson-two]\n", in: "lessons/two.md")
            .load()
    }

    func store(_ curriculum: Curriculum) -> ProgressStore {
        ProgressStore(course: curriculum, dataDirectory: temp.url.appendingPathComponent("data"))
    }

    /// Progress saved under the old ids by a store that knows no renames.
    func saveUnderOldIDs(_ curriculum: Curriculum) throws -> Data {
        let plain = ProgressStore(directory: store(curriculum).directory)
        try plain.apply([
            .start(pathID: "old-alpha", on: Day("2026-11-02")!, restart: false),
            .setState(deliverableID: "old-notes", .done, at: early),
            .setNote(deliverableID: "old-notes", "kept", at: early),
            .rate(criterionID: "could-explain", .partly, note: nil, at: early),
            .markRead(lessonID: "lesson-two", at: early),
            .setLessonPosition(lessonID: "lesson-two", line: 40),
        ])
        return try Data(contentsOf: plain.fileURL)
    }

    @Test("entries under old ids are read under the new ones, and the file is left until the next save")
    func movedOnRead() throws {
        let curriculum = try renamedCourse()
        let before = try saveUnderOldIDs(curriculum)
        let progress = try store(curriculum).load()
        #expect(progress.activePath == "alpha")
        #expect(progress.paths["alpha"] != nil && progress.paths["old-alpha"] == nil)
        #expect(progress.deliverables["notes"]?.note == "kept")
        #expect(progress.latestRating(of: "can-explain") == .partly)
        #expect(progress.lessonsRead["two"] == early && progress.lessonPositions["two"] == 40)
        #expect(ProgressKeys(curriculum: curriculum).orphans(in: progress).isEmpty)
        #expect(try Data(contentsOf: store(curriculum).fileURL) == before)
    }

    @Test("the next save writes the new ids and keeps the file as it was, once")
    func savedWithOriginalKept() throws {
        let curriculum = try renamedCourse()
        let before = try saveUnderOldIDs(curriculum)
        let store = store(curriculum)
        try store.apply([.markRead(lessonID: "one", at: late)])
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
        #expect(!text.contains("old-notes") && !text.contains("lesson-two") && text.contains("\"notes\""))
        let kept = try FileManager.default.contentsOfDirectory(atPath: store.directory.path).filter {
            $0.hasPrefix("progress.before-rename-")
        }
        #expect(kept.count == 1)
        let original = store.directory.appendingPathComponent(try #require(kept.first))
        #expect(try Data(contentsOf: original) == before)
        // Nothing left to move: a later save keeps no second original and leaves the first alone.
        try store.apply([.markRead(lessonID: "two", at: late)])
        #expect(try Data(contentsOf: original) == before)
    }

    @Test("when old and new ids both hold an entry, the later change wins and nothing is dropped")
    func merged() throws {
        var renames = IDRenames()
        renames.items = ["old-notes": "notes", "could-explain": "can-explain"]
        renames.lessons = ["lesson-two": "two"]
        var progress = LearnerProgress()
        progress.deliverables["old-notes"] = DeliverableProgress(state: .done, changedAt: late, note: nil)
        progress.deliverables["notes"] = DeliverableProgress(state: .inProgress, changedAt: early, note: "mine")
        progress.criteria["could-explain"] = CriterionProgress(ratings: [Rating(rating: .notYet, at: early)])
        progress.criteria["can-explain"] = CriterionProgress(ratings: [Rating(rating: .confident, at: late)])
        progress.lessonsRead["lesson-two"] = early
        progress.lessonsRead["two"] = late
        let moved = progress.moveRenamedIDs(renames)
        #expect(moved)
        #expect(progress.deliverables == ["notes": DeliverableProgress(state: .done, changedAt: late, note: "mine")])
        #expect(progress.criteria["can-explain"]?.ratings.map(\.rating) == [.notYet, .confident])
        #expect(progress.lessonsRead == ["two": early])
        let movedAgain = progress.moveRenamedIDs(renames)
        #expect(!movedAgain)
    }

    @Test("review cards and journal entries of a renamed lesson follow it")
    func cardsFollow() {
        var progress = LearnerProgress()
        let memory = CardMemory(stability: 1, difficulty: 5, due: late, lastReview: early, reps: 1, lapses: 0)
        progress.reviews = [ReviewRecord(card: "lesson-two#0000abcd", at: early, rating: .good, memory: memory)]
        progress.journal = [JournalEntry(lessonID: "lesson-two", at: early, text: "noted")]
        progress.moveRenamedIDs(IDRenames(lessons: ["lesson-two": "two"]))
        #expect(progress.reviews.map(\.card) == ["two#0000abcd"])
        #expect(progress.journal.map(\.lessonID) == ["two"])
    }
}
