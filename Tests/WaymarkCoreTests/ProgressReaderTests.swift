import Foundation
import PropertyBased
import Testing

@testable import WaymarkCore

/// The fast reader may give up on anything, but whatever it reads must be exactly
/// what JSONDecoder reads from the same bytes: a wrong value would be saved back.
@Suite("Progress fast reader")
struct ProgressReaderTests {
    /// Checks `bytes` both ways; returns whether the fast reader read them.
    @discardableResult
    private static func agrees(_ bytes: Data, _ comment: Comment? = nil) -> Bool {
        guard let fast = ProgressReader.read(bytes) else { return false }
        do {
            let foundation = try ProgressCodec.decodeWithFoundation(bytes, file: "p", backup: nil)
            #expect(foundation.writtenVersion == LearnerProgress.currentSchemaVersion, comment)
            #expect(fast == foundation.progress, comment)
        } catch {
            Issue.record("the fast reader read what JSONDecoder refuses (\(error)): \(comment?.rawValue ?? "")")
        }
        return true
    }

    @Test("the golden file is read as JSONDecoder reads it")
    func golden() throws {
        let bytes = try ProgressCodec.encode(ProgressFormatSample.progress)
        #expect(Self.agrees(bytes))
        #expect(ProgressReader.read(bytes) == ProgressFormatSample.progress)
    }

    @Test("generated progress with unknown fields at every level is read back unchanged")
    func generated() async {
        await propertyCheck(count: 300, input: ProgressFormatSample.generated) { progress in
            let bytes = try ProgressCodec.encode(progress)
            // Numbers with an exponent (1e-07) are left to JSONDecoder.
            if !String(decoding: bytes, as: UTF8.self).contains("e-07") {
                #expect(ProgressReader.read(bytes) == progress)
            }
            Self.agrees(bytes)
        }
    }

    @Test(
        "hand-written JSON reads as JSONDecoder reads it, or is left to it",
        arguments: [
            // Read by both.
            #"{"schemaVersion":2,"revision":-3}"#,
            " \t\r\n{ \"revision\" : 0 , \"schemaVersion\" : 2 } \n",
            #"{"schemaVersion": 2, "revision": 1, "activePath": null, "paths": null, "lessonsRead": {}}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": {"b": [1, -0, true, null, "\u00e9\ud83d\ude00\/\b\f"], "a": {}}}"#,
            #"{"schemaVersion": 2, "revision": 1, "deliverables": {"a": {"state": "done", "changedAt": "2026-11-03T10:00:00.5+02:00", "note": null}}}"#,
            #"{"schemaVersion": 2, "revision": 1, "paths": {"p": {"startedOn": "2026-+1-02"}}}"#,
            #"{"schemaVersion": 2, "revision": 1, "st\u0061te": "x", "criteria": {"c": {"ratings": []}}}"#,
            // Left to JSONDecoder: it decides, the reader gives up.
            #"{"schemaVersion": 2.0, "revision": 1}"#,
            #"{"schemaVersion": 2, "revision": 1e0}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": [1.5, -0.25, 0.1000]}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": [2.5000000000000001, 4503599627370495.5]}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 1.0}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 1.0000000000000000000001}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 3.9999999999999999}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 9007199254740993.5}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 1.5e0}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 1.}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 99999999999999999999}"#,
            #"{"schemaVersion": 2, "revision": 1, "revision": 2}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": 1, "x": 2}"#,
            "{\"schemaVersion\": 2, \"revision\": 1, \"\u{E9}\": 1, \"e\u{301}\": 2}",
            #"{"schemaVersion": 2, "revision": 1, "lessonsRead": {"a": "2026-11-03T10:00:00Z", "a": "2026-11-03T10:00:00Z"}}"#,
            "\u{FEFF}{\"schemaVersion\": 2, \"revision\": 1}",
            #"{"schemaVersion": 2, "revision": 1, "x": "\ud800"}"#,
            #"{"schemaVersion": 2, "revision": 1, "x": "\udc00"}"#,
            #"{"schemaVersion": 1, "deliverables": {}}"#,
            #"{"schemaVersion": 3, "revision": 1}"#,
            #"{"schemaVersion": 2, "revision": 1} x"#,
            #"{"schemaVersion": 2, "revision": 1,}"#,
            #"{"schemaVersion": 2, "revision": 01}"#,
        ])
    func handWritten(json: String) {
        Self.agrees(Data(json.utf8), Comment(rawValue: json))
    }

    @Test("every fuzz seed is read as JSONDecoder reads it, or left to it")
    func fuzzSeeds() throws {
        let directory = FuzzCorpusReplayTests.fuzzDirectory.appendingPathComponent("Corpus/progress")
        var read: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            if Self.agrees(try Data(contentsOf: directory.appendingPathComponent(name)), Comment(rawValue: name)) {
                read.insert(name)
            }
        }
        // The other valid seeds are of older schemas, which only JSONDecoder migrates.
        #expect(read == ["valid-full.json", "valid-minimal.json", "unknown-fields.json"])
    }

    /// Bytes that make JSON go wrong in interesting ways.
    private static let mutations: [UInt8] = Array(#""\,:{}[]0-.eE nul/u"#.utf8) + [0x00, 0x1F, 0x7F, 0xC3, 0xFF]

    @Test("random damage to a valid file is read as JSONDecoder reads it, or left to it")
    func damaged() throws {
        let valid = try ProgressCodec.encode(ProgressFormatSample.progress)
        var generator = Xoshiro(seed: (0xFA57, 2, 3, 4))
        var read = 0
        for round in 0..<3_000 {
            var bytes = [UInt8](valid)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                let byte = Self.mutations.randomElement(using: &generator)!
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[at] = byte
                case 1: bytes.insert(byte, at: at)
                case 2: bytes.remove(at: at)
                default: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
                }
            }
            if Self.agrees(Data(bytes), Comment(rawValue: "round \(round)")) { read += 1 }
        }
        // Many damaged files are still valid (a changed letter in a note): the
        // reader must have read a good share of them, or this tests nothing.
        #expect(read > 300)
    }
}
