import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

private let noon = Date(timeIntervalSince1970: 1_795_000_000)

/// Progress per course: each course's file in `courses/<id>/`, and the one old
/// shared `progress.json` copied to the course it belongs to, never taken by another.
@Suite("Progress per course")
struct CourseProgressTests {
    let temp = TemporaryDirectory()
    var data: URL { temp.url.appendingPathComponent("data") }
    var legacy: URL { data.appendingPathComponent("progress.json") }

    static let bundled = BundledCurriculum.curriculum
    /// A course of its own, "Mini", with none of the bundled course's ids.
    var foreign: Curriculum {
        get throws { try MiniCurriculum().load() }
    }

    /// The old single file, as an earlier Waymark left it for the bundled course:
    /// an active path, a deliverable with a note, a rating, a read lesson, a field
    /// from a newer release, and schema 2.
    static let oldFile = """
        {
          "activePath" : "foundation-builder",
          "criteria" : { "explain-all-seven-laws" : { "ratings" : [ { "at" : "2026-11-01T10:00:00Z", "rating" : "partly" } ] } },
          "deliverables" : { "notes-on-each-law" : { "changedAt" : "2026-11-01T10:00:00Z", "note" : "laws 1-4", "state" : "done" } },
          "futureField" : { "kept" : true },
          "lessonsRead" : { "cap-theorem" : "2026-11-01T09:00:00Z" },
          "paths" : { "foundation-builder" : { "startedOn" : "2026-10-26" } },
          "revision" : 7,
          "schemaVersion" : 2
        }
        """

    func plantOldFile() throws {
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(Self.oldFile.utf8).write(to: legacy)
    }

    @Test("each course keeps its file in courses/<id>/ under the data directory")
    func layout() throws {
        let store = ProgressStore(course: Self.bundled, dataDirectory: data)
        #expect(store.relativePath(from: data) == "courses/distributed-systems/progress.json")
        try store.apply([.markRead(lessonID: "cap-theorem", at: noon)])
        let mini = ProgressStore(course: try foreign, dataDirectory: data)
        #expect(mini.relativePath(from: data) == "courses/mini/progress.json")
        #expect(try mini.load().lessonsRead.isEmpty)
        #expect(
            FileManager.default.fileExists(
                atPath: data.appendingPathComponent("courses/distributed-systems/progress.lock").path))
    }

    @Test("the bundled course takes the old file byte for byte and leaves the original as it was")
    func bundledMigrates() throws {
        try plantOldFile()
        let store = ProgressStore(course: Self.bundled, dataDirectory: data)
        #expect(try store.adoptLegacyFile() == legacy)
        #expect(try Data(contentsOf: store.fileURL) == Data(Self.oldFile.utf8))
        #expect(try Data(contentsOf: legacy) == Data(Self.oldFile.utf8))
        let progress = try store.load()
        #expect(progress.activePath == "foundation-builder")
        #expect(progress.deliverables["notes-on-each-law"]?.note == "laws 1-4")
        #expect(progress.latestRating(of: "explain-all-seven-laws") == .partly)
        #expect(progress.unknownFields.values["futureField"] != nil)
        #expect(try store.adoptLegacyFile() == nil)
        // The first save migrates schema 2 as any file is migrated: the original beside it.
        try store.apply([.markRead(lessonID: "circuit-breaker", at: noon)])
        #expect(FileManager.default.fileExists(atPath: store.originalURL(ofSchema: 2).path))
        #expect(try String(contentsOf: store.fileURL, encoding: .utf8).contains("futureField"))
    }

    @Test("a foreign course does not take the old file, and starts with nothing")
    func foreignDoesNotSteal() throws {
        try plantOldFile()
        let store = ProgressStore(course: try foreign, dataDirectory: data)
        #expect(try store.adoptLegacyFile() == nil)
        #expect(try store.load() == LearnerProgress())
        try store.apply([.markRead(lessonID: "one", at: noon)])
        #expect(try store.load().activePath == nil)
        #expect(try Data(contentsOf: legacy) == Data(Self.oldFile.utf8))
        // The bundled course can still claim it afterwards.
        #expect(try ProgressStore(course: Self.bundled, dataDirectory: data).adoptLegacyFile() == legacy)
    }

    @Test("a save before any copy starts from the old file, never afresh beside it")
    func saveAdoptsFirst() throws {
        try plantOldFile()
        let store = ProgressStore(course: Self.bundled, dataDirectory: data)
        let saved = try store.apply([.markRead(lessonID: "circuit-breaker", at: noon)])
        #expect(saved.deliverables["notes-on-each-law"]?.note == "laws 1-4")
        #expect(saved.lessonsRead.count == 2)
    }

    @Test("until the copy is made, loading reads the old file in its place")
    func loadFallsBack() throws {
        try plantOldFile()
        let store = ProgressStore(course: Self.bundled, dataDirectory: data)
        #expect(try store.load().activePath == "foundation-builder")
        #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
    }

    @Test("an old file with no active path belongs to the course whose ids it holds")
    func ownershipByIDs() throws {
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(#"{"schemaVersion": 3, "revision": 1, "lessonsRead": {"one": "2026-11-01T09:00:00Z"}}"#.utf8)
            .write(to: legacy)
        #expect(try ProgressStore(course: Self.bundled, dataDirectory: data).adoptLegacyFile() == nil)
        #expect(try ProgressStore(course: try foreign, dataDirectory: data).adoptLegacyFile() == legacy)
    }

    @Test("a damaged old file stops a course with no file, naming it, and is left alone")
    func damagedOldFile() throws {
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("{\"schemaVersion\": 3, \"revis".utf8).write(to: legacy)
        let store = ProgressStore(course: Self.bundled, dataDirectory: data)
        #expect(throws: ProgressError.self) { try store.adoptLegacyFile() }
        #expect(throws: ProgressError.self) { try store.apply([.markRead(lessonID: "cap-theorem", at: noon)]) }
        #expect(try String(contentsOf: legacy, encoding: .utf8) == "{\"schemaVersion\": 3, \"revis")
    }

    @Test("orphans are the ids progress keeps that the course lacks, by kind")
    func orphans() throws {
        var progress = LearnerProgress(activePath: "gone-path")
        progress.deliverables["notes"] = DeliverableProgress(state: .done, changedAt: noon)
        progress.deliverables["old-deliverable"] = DeliverableProgress(state: .done, changedAt: noon)
        progress.criteria["old-criterion"] = CriterionProgress(ratings: [Rating(rating: .partly, at: noon)])
        progress.steps["old-step"] = StepProgress(done: true, changedAt: noon)
        progress.lessonPositions["old-lesson"] = 12
        progress.lessonsRead["one"] = noon
        let keys = ProgressKeys(curriculum: try foreign)
        #expect(
            keys.orphans(in: progress) == [
                .init(kind: .path, id: "gone-path"), .init(kind: .deliverable, id: "old-deliverable"),
                .init(kind: .criterion, id: "old-criterion"), .init(kind: .step, id: "old-step"),
                .init(kind: .lesson, id: "old-lesson"),
            ])
        #expect(keys.orphanCount(in: progress) == 5)
    }

    @Test("forgetting a lesson removes its read mark, position and review answers, and keeps the journal")
    func forgetLesson() {
        var progress = LearnerProgress()
        progress.lessonsRead["old"] = noon
        progress.lessonPositions["old"] = 3
        progress.journal = [JournalEntry(lessonID: "old", at: noon, text: "mine")]
        let memory = CardMemory(stability: 1, difficulty: 5, due: noon, lastReview: noon, reps: 1, lapses: 0)
        progress.reviews = [
            ReviewRecord(card: "old#0000abcd", at: noon, rating: .good, memory: memory),
            ReviewRecord(card: "one#0000abcd", at: noon, rating: .good, memory: memory),
        ]
        let removed = progress.forget(.init(kind: .lesson, id: "old"))
        #expect(
            removed == [
                "the read mark of lesson 'old'", "the reading position in 'old'", "1 review answer to its cards",
            ])
        #expect(progress.lessonsRead.isEmpty && progress.lessonPositions.isEmpty)
        #expect(progress.reviews.map(\.card) == ["one#0000abcd"])
        #expect(progress.journal.count == 1)
    }
}
