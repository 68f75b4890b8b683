import Foundation
import Testing

@testable import WaymarkCore

/// Each progress record lists its fields once; the writer, the fast reader and
/// JSONDecoder all follow that list, so it must be a sound one.
@Suite("Progress field declarations")
struct ProgressFieldTests {
    private static func keys<Record>(_ fields: ProgressFields<Record>) -> (declared: [String], written: [String]) {
        (fields.declared.map(\.name), fields.written.map(\.name))
    }

    static let records: [(name: String, declared: [String], written: [String])] = [
        ("LearnerProgress", keys(LearnerProgress.fields).declared, keys(LearnerProgress.fields).written),
        ("PathProgress", keys(PathProgress.fields).declared, keys(PathProgress.fields).written),
        ("DeliverableProgress", keys(DeliverableProgress.fields).declared, keys(DeliverableProgress.fields).written),
        ("CriterionProgress", keys(CriterionProgress.fields).declared, keys(CriterionProgress.fields).written),
        ("Rating", keys(Rating.fields).declared, keys(Rating.fields).written),
    ]

    @Test("every record declares each key once and writes its keys in UTF-8 order", arguments: records)
    func keysOnceInOrder(record: (name: String, declared: [String], written: [String])) {
        #expect(Set(record.declared).count == record.declared.count, "\(record.name)")
        #expect(Set(record.written) == Set(record.declared), "\(record.name)")
        let sorted = record.written.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(record.written == sorted, "\(record.name)")
    }

    @Test("a record with only its required fields reads back with the optional ones unset and collections empty")
    func blankDefaults() throws {
        let bytes =
            #"{"schemaVersion": 3, "revision": 7, "deliverables": {"d": {"state": "done", "changedAt": "2026-11-03T10:00:00Z"}}}"#
        let progress = try #require(ProgressReader.read(Data(bytes.utf8)))
        #expect(progress.revision == 7 && progress.activePath == nil)
        #expect(progress.paths.isEmpty && progress.criteria.isEmpty && progress.lessonsRead.isEmpty)
        #expect(progress.deliverables["d"]?.note == nil && progress.deliverables["d"]?.state == .done)
        #expect(try ProgressCodec.decodeWithFoundation(Data(bytes.utf8), file: "p", backup: nil).progress == progress)
    }
}
