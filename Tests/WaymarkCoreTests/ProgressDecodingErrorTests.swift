import Foundation
import Testing

@testable import WaymarkCore

/// The fields every current file starts with.
private let head = #""schemaVersion": 2, "revision": 1"#

/// What a damaged file's message says is wrong, pinned so that a faster decoder
/// keeps pointing the learner at the same field.
@Suite("Progress decoding errors")
struct ProgressDecodingErrorTests {
    private static func detail(of json: String) -> String? {
        do {
            _ = try ProgressCodec.decode(Data(json.utf8), file: "p")
            return nil
        } catch {
            guard case .corrupt(_, let detail, _) = error else { return "\(error)" }
            return detail
        }
    }

    @Test(
        "each kind of damage is named with the path to the field",
        arguments: [
            ("", "the file is empty"),
            ("{", "it is not valid JSON"),
            ("[1]", "it is not a JSON object"),
            (#"{"revision": 1}"#, "it has no schemaVersion"),
            (#"{"schemaVersion": "2"}"#, "its schemaVersion is not a whole number"),
            (#"{"schemaVersion": 0}"#, "schemaVersion 0 is not one Waymark ever wrote"),
            (#"{"schemaVersion": 2}"#, "missing 'revision' at the top level"),
            (
                #"{\#(head), "deliverables": {"a": {"changedAt": "2026-11-03T10:00:00Z"}}}"#,
                "missing 'state' at deliverables.a"
            ),
            (
                #"{\#(head), "deliverables": {"a": {"state": 3, "changedAt": "2026-11-03T10:00:00Z"}}}"#,
                "unexpected value at deliverables.a.state"
            ),
            (
                #"{\#(head), "deliverables": {"a": {"state": null, "changedAt": "2026-11-03T10:00:00Z"}}}"#,
                "unexpected value at deliverables.a.state"
            ),
            (
                #"{\#(head), "deliverables": {"a": {"state": "done", "changedAt": "yesterday"}}}"#,
                "bad value at deliverables.a.changedAt: 'yesterday' is not an ISO 8601 time"
            ),
            (
                #"{\#(head), "paths": {"p": {"startedOn": "2026-13-01"}}}"#,
                "bad value at paths.p.startedOn: '2026-13-01' is not a date like 2026-11-21"
            ),
            (
                #"{\#(head), "criteria": {"c": {"ratings": [{"rating": "partly"}]}}}"#,
                "missing 'at' at criteria.c.ratings.0"
            ),
            (#"{\#(head), "criteria": {"c": {}}}"#, "missing 'ratings' at criteria.c"),
            (#"{\#(head), "lessonsRead": {"x": 5}}"#, "unexpected value at lessonsRead.x"),
            (#"{\#(head), "activePath": 5}"#, "unexpected value at activePath"),
        ])
    func damageNamed(json: String, expected: String) {
        #expect(Self.detail(of: json) == expected)
    }

    @Test("an unknown state names the value that is not one")
    func unknownState() throws {
        let detail = try #require(
            Self.detail(
                of: #"{\#(head), "deliverables": {"a": {"state": "finished", "changedAt": "2026-11-03T10:00:00Z"}}}"#))
        #expect(detail.hasPrefix("bad value at deliverables.a.state: "))
        #expect(detail.contains("finished"))
    }

    @Test("timestamps and days with a plus sign load as they always have")
    func plusSigns() throws {
        let progress = try ProgressCodec.decode(
            Data(
                #"{\#(head), "paths": {"p": {"startedOn": "2026-+1-02"}}, "lessonsRead": {"x": "2026-+1-02T00:00:00Z"}}"#
                    .utf8),
            file: "p")
        #expect(progress.paths["p"]?.startedOn == Day(year: 2026, month: 1, day: 2))
        #expect(progress.lessonsRead["x"] == Timestamp.parse("2026-01-02T00:00:00Z"))
    }
}
