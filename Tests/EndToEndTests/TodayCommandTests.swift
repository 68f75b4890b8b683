import Foundation
import Testing

@Suite("waymark today", .serialized)
struct TodayCommandTests {
    @Test("today --json has every documented key, with the path's goal and 14 days of reviews")
    func todayJSON() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let none = try waymark.run(["today", "--json"])
        #expect(none.status != 0 && none.stderr.contains("waymark start PATH"))
        try waymark.run(["start", "foundation-builder"])
        let result = try waymark.run(["today", "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "path", "today", "week", "reviewsDue", "reviewsByDay", "nextLessons", "deliverable",
            "studyMinutesThisWeek", "weeklyGoalMinutes", "pace", "paceExplanation", "weeks",
        ] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["path"] as? String == "foundation-builder")
        #expect(json["week"] as? Int == 1)
        #expect((json["reviewsByDay"] as? [Int])?.count == 14)
        #expect(json["reviewsDue"] as? Int == 0)
        #expect(json["studyMinutesThisWeek"] as? Int == 0)
        #expect((json["weeklyGoalMinutes"] as? Int ?? 0) > 0)
        #expect((json["nextLessons"] as? [[String: Any]])?.isEmpty == false)
        let deliverable = try #require(json["deliverable"] as? [String: Any])
        #expect(deliverable["id"] as? String == "notes-on-each-law")
        let text = try waymark.run(["today"])
        #expect(text.stdout.contains("Reviews due, next 14 days") && text.stdout.contains("minutes this week"))
    }
}
