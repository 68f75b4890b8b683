import Foundation
import Testing

/// `waymark review` and `waymark review answer` from the shell (issue 16, point 2).
@Suite("review from the command line", .serialized)
struct ReviewCommandTests {
    /// A fresh data directory with littles-law read a while ago: four cards, three keyed.
    private func waymarkWithLittlesLawRead() throws -> WaymarkBinary {
        let waymark = WaymarkBinary()
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        let progress = #"{"schemaVersion": 2, "revision": 1, "lessonsRead": {"littles-law": "2026-11-03T10:00:00Z"}}"#
        try Data(progress.utf8).write(to: waymark.progressFile)
        return waymark
    }

    private func list(_ waymark: WaymarkBinary, _ arguments: [String] = []) throws -> [[String: Any]] {
        let result = try waymark.run(["review"] + arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [[String: Any]])
    }

    @Test("the due list in JSON has exactly the documented keys, null memory for a new card")
    func jsonShape() throws {
        let waymark = try waymarkWithLittlesLawRead()
        defer { waymark.removeData() }
        let cards = try list(waymark)
        #expect(cards.count == 4)
        let keys: Set = ["card", "lesson", "question", "checked", "due", "stability", "difficulty", "reviews"]
        for card in cards {
            #expect(Set(card.keys) == keys)
            #expect(card["stability"] is NSNull && card["difficulty"] is NSNull)
            #expect(card["reviews"] as? Int == 0)
            #expect(card["lesson"] as? String == "littles-law")
            #expect((card["due"] as? String)?.hasSuffix("Z") == true)
        }
        #expect(cards.filter { $0["checked"] as? Bool == true }.count == 3)
    }

    @Test("the text list shows the question, the lesson title and when it is due")
    func textList() throws {
        let waymark = try waymarkWithLittlesLawRead()
        defer { waymark.removeData() }
        let result = try waymark.run(["review"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("A worker pool processes 800 jobs per second"))
        #expect(result.stdout.contains("Little's Law") || result.stdout.contains("Little’s Law"))
        #expect(result.stdout.contains("due now"))
    }

    @Test("an answer is recorded and moves the card out of the due list but not out of --all")
    func answerAndAll() throws {
        let waymark = try waymarkWithLittlesLawRead()
        defer { waymark.removeData() }
        let card = try #require(try list(waymark).first?["card"] as? String)
        let answer = try waymark.run(["review", "answer", card, "good", "--json"])
        #expect(answer.status == 0, "\(answer.stderr)")
        let printed = try #require(
            try JSONSerialization.jsonObject(with: Data(answer.stdout.utf8)) as? [String: Any])
        #expect(Set(printed.keys) == ["card", "rating", "reviewedAt", "due", "stability", "difficulty"])
        #expect(printed["rating"] as? String == "good")
        #expect(try list(waymark).count == 3)
        let all = try list(waymark, ["--all"])
        #expect(all.count == 4)
        let answered = try #require(all.first { $0["card"] as? String == card })
        #expect(answered["reviews"] as? Int == 1 && answered["stability"] is Double)
        #expect(answered["due"] as? String == printed["due"] as? String)
    }

    @Test("--at with a zone dates the answer; without a zone it exits 2")
    func answerAt() throws {
        let waymark = try waymarkWithLittlesLawRead()
        defer { waymark.removeData() }
        let card = try #require(try list(waymark).first?["card"] as? String)
        let dated = try waymark.run(["review", "answer", card, "easy", "--at", "2026-11-05T09:30:00+01:00", "--json"])
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(dated.stdout.contains("\"reviewedAt\" : \"2026-11-05T08:30:00Z\""))
        let zoneless = try waymark.run(["review", "answer", card, "easy", "--at", "2026-11-05T09:30:00"])
        #expect(zoneless.status == 2)
        #expect(zoneless.stderr.contains("not an ISO-8601 time with a zone"))
    }

    @Test("an unknown card id is refused with the closest ids")
    func unknownCard() throws {
        let waymark = try waymarkWithLittlesLawRead()
        defer { waymark.removeData() }
        let card = try #require(try list(waymark).first?["card"] as? String)
        let result = try waymark.run(["review", "answer", String(card.dropLast()) + "z", "good"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("There is no review card"))
        #expect(result.stderr.contains("Closest: littles-law#"))
    }
}
