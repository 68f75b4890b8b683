import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

private let noon = Date(timeIntervalSince1970: 1_795_000_000)

/// What the file keeps across releases: fields this build does not know, files an
/// older build wrote, and the order of saves when the clock misbehaves.
@Suite("Progress schema")
struct ProgressSchemaTests {
    /// A current-schema file with unknown fields at every level an entry can have.
    private static let fileWithExtras = """
        {
          "schemaVersion": \(LearnerProgress.currentSchemaVersion),
          "revision": 4,
          "syncedTo": {"host": "laptop", "ports": [1, 2.5, null, true]},
          "paths": {"foundation-builder": {"startedOn": "2026-11-02", "pace": "relaxed"}},
          "deliverables": {"a": {"state": "done", "changedAt": "2026-11-03T10:00:00Z", "evidence": "https://x"}},
          "criteria": {"c": {"ratings": [{"rating": "partly", "at": "2026-11-04T10:00:00Z", "mood": 3}], "pinned": true}},
          "lessonsRead": {}
        }
        """

    @Test("unknown fields at every level survive a load-edit-save round trip")
    func unknownFieldsKept() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        try Data(Self.fileWithExtras.utf8).write(to: temp.store.fileURL)
        try temp.store.apply([
            .setState(deliverableID: "a", .skipped, at: noon),
            .rate(criterionID: "c", .confident, note: nil, at: noon),
        ])
        let saved = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: temp.store.fileURL))
        #expect(saved["syncedTo", "host"] == .string("laptop"))
        #expect(saved["syncedTo", "ports"] == .array([.integer(1), .number(2.5), .null, .bool(true)]))
        #expect(saved["paths", "foundation-builder", "pace"] == .string("relaxed"))
        #expect(saved["deliverables", "a", "evidence"] == .string("https://x"))
        #expect(saved["deliverables", "a", "state"] == .string("skipped"))
        #expect(saved["criteria", "c", "pinned"] == .bool(true))
        guard case .array(let ratings)? = saved["criteria", "c", "ratings"] else {
            Issue.record("no ratings in \(saved)")
            return
        }
        #expect(ratings.count == 2)
        #expect(ratings.first?["mood"] == .integer(3))
        #expect(ratings.last?["mood"] == nil)
    }

    @Test("a version-1 file is migrated on the first save and the original is kept beside it")
    func olderSchemaMigrated() throws {
        let temp = TemporaryDirectory()
        let store = temp.store
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        let original = Data(
            """
            {"schemaVersion": 1, "activePath": "foundation-builder",
             "paths": {"foundation-builder": {"startedOn": "2026-11-02"}},
             "deliverables": {"a": {"state": "done", "changedAt": "2026-11-03T10:00:00Z"}}}
            """.utf8)
        try original.write(to: store.fileURL)

        // Reading alone writes nothing.
        let loaded = try store.load()
        #expect(loaded.schemaVersion == LearnerProgress.currentSchemaVersion)
        #expect(loaded.revision == 0)
        #expect(loaded.state(of: "a") == .done)
        #expect(!FileManager.default.fileExists(atPath: store.originalURL(ofSchema: 1).path))

        try store.apply([.setState(deliverableID: "b", .done, at: noon)])
        #expect(try Data(contentsOf: store.originalURL(ofSchema: 1)) == original)
        let migrated = try store.load()
        #expect(migrated.state(of: "a") == .done && migrated.state(of: "b") == .done)
        #expect(migrated.activePath == "foundation-builder")
        #expect(try String(contentsOf: store.fileURL, encoding: .utf8).contains("\"schemaVersion\" : 3"))

        // A later save leaves the kept original alone.
        try store.apply([.setState(deliverableID: "c", .done, at: noon)])
        #expect(try Data(contentsOf: store.originalURL(ofSchema: 1)) == original)
    }

    @Test("every save adds one to the revision; a save that changes nothing writes nothing")
    func revisionCounts() throws {
        let temp = TemporaryDirectory()
        #expect(try temp.store.apply([.markRead(lessonID: "x", at: noon)]).revision == 1)
        #expect(try temp.store.apply([.markRead(lessonID: "y", at: noon)]).revision == 2)
        let before = try Data(contentsOf: temp.store.fileURL)
        #expect(try temp.store.apply([.markRead(lessonID: "y", at: noon)]).revision == 2)
        #expect(try Data(contentsOf: temp.store.fileURL) == before)
    }

    @Test("a clock that goes backwards between saves breaks nothing and keeps the order")
    func clockGoesBackwards() throws {
        let temp = TemporaryDirectory()
        let store = temp.store
        let later = noon
        let earlier = noon.addingTimeInterval(-86_400 * 400)
        try store.apply([
            .start(pathID: "foundation-builder", on: Day(later, in: .utc), restart: false),
            .rate(criterionID: "c", .notYet, note: "first", at: later),
            .setState(deliverableID: "a", .done, at: later),
        ])
        // The clock jumps back more than a year: the second rating is still the latest,
        // the later edit still wins, and the path's standing is computed without a trap.
        let progress = try store.apply([
            .rate(criterionID: "c", .confident, note: "second", at: earlier),
            .setState(deliverableID: "a", .skipped, at: earlier),
        ])
        #expect(progress.criteria["c"]?.ratings.map(\.note) == ["first", "second"])
        #expect(progress.latestRating(of: "c") == .confident)
        #expect(progress.state(of: "a") == .skipped)
        #expect(progress.revision == 2)
        let reloaded = try store.load()
        #expect(reloaded == progress)
        let path = try CurriculumLoader(source: BundledCurriculum.source).load().paths[0]
        let standing = PathStanding(path: path, progress: reloaded, today: Day(earlier, in: .utc))
        #expect(standing.currentPhase == nil)
    }

    @Test("JSON values of every kind round-trip exactly")
    func jsonValueRoundTrip() throws {
        let value = JSONValue.object([
            "n": .null, "b": .bool(false), "i": .integer(-9_007_199_254_740_993), "d": .number(0.1),
            "s": .string("ü\u{0}\"\\"), "a": .array([.integer(1), .object([:]), .array([])]),
        ])
        let data = Data(JSONWriter.write(value))
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }
}

extension JSONValue {
    /// The value at a path of object keys, or nil.
    subscript(_ keys: String...) -> JSONValue? {
        var current: JSONValue? = self
        for key in keys {
            guard case .object(let object)? = current else { return nil }
            current = object[key]
        }
        return current
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("writes what JSONDecoder reads back, with sorted keys and escapes")
    func writesValidJSON() throws {
        let value = JSONValue.object([
            "b": .array([.integer(-3), .number(2.5), .null, .bool(true), .object([:]), .array([])]),
            "a": .string("quote \" backslash \\ slash / tab \t nul \u{0} esc \u{1B} ü 法 👩‍👩‍👧"),
            "é": .object(["z": .integer(1), "y": .integer(2)]),
        ])
        let bytes = JSONWriter.write(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) == value)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"a\" : \"quote \\\" backslash \\\\ slash / tab \\t nul \\u0000 esc \\u001b"))
        #expect(text.range(of: "\"b\"")!.lowerBound < text.range(of: "\"é\"")!.lowerBound)
        #expect(text.range(of: "\"y\"")!.lowerBound < text.range(of: "\"z\"")!.lowerBound)
        #expect(text.hasSuffix("}\n"))
    }

    @Test("a version-2 file becomes version 3 on its first save, the original kept as progress.v2.json")
    func migratesFromTwo() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        let original =
            #"{"deliverables": {"a": {"changedAt": "2026-11-03T10:00:00Z", "state": "done"}}, "revision": 4, "schemaVersion": 2}"#
        try Data(original.utf8).write(to: temp.store.fileURL)
        let saved = try temp.store.apply([
            .logStudy(
                StudyEntry(
                    on: Day("2026-11-04")!, minutes: 30, source: .manual, at: Date(timeIntervalSince1970: 1_795_000_000)
                ))
        ])
        #expect(saved.schemaVersion == 3 && saved.state(of: "a") == .done && saved.studyLog.count == 1)
        #expect(try String(contentsOf: temp.store.originalURL(ofSchema: 2), encoding: .utf8) == original)
        #expect(try String(contentsOf: temp.store.fileURL, encoding: .utf8).contains("\"schemaVersion\" : 3"))
    }
}
