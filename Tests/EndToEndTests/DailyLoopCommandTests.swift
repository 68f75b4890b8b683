import Foundation
import Testing

/// `waymark step`, `log`, `replan` and the study minutes in `status` (issue 16).
@Suite("daily loop commands", .serialized)
struct DailyLoopCommandTests {
    /// A date `days` from today, as `--on` takes it.
    func day(_ days: Int) -> String {
        let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: days, to: Date())!
        return ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The first deliverable's steps of `show PATH --json`, as decoded.
    func firstSteps(_ waymark: WaymarkBinary) throws -> [[String: Any]] {
        let show = try json(try waymark.run(["show", "foundation-builder", "--json"]).stdout)
        let phases = try #require(show["phases"] as? [[String: Any]])
        let deliverables = try #require(phases.first?["deliverables"] as? [[String: Any]])
        return try #require(deliverables.first?["steps"] as? [[String: Any]])
    }

    @Test("step ticks a step, counts its deliverable's steps, and show lists it done")
    func stepDoneAndUndone() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let steps = try firstSteps(waymark)
        #expect(steps.count >= 3)
        #expect(steps.allSatisfy { $0["id"] is String && $0["text"] is String && ($0["done"] as? Bool) == false })
        let id = try #require(steps.first?["id"] as? String)
        let done = try waymark.run(["step", id, "done"])
        #expect(done.status == 0)
        #expect(done.stdout.contains("1/\(steps.count) steps done"))
        #expect(try firstSteps(waymark).first?["done"] as? Bool == true)
        let text = try waymark.run(["show", "foundation-builder"]).stdout
        #expect(text.contains("[x]") && text.contains("[ ]") && text.contains("1/\(steps.count) steps"))
        #expect(try waymark.run(["step", id, "undone"]).stdout.contains("0/\(steps.count) steps done"))
    }

    @Test("step with an unknown id names the closest step ids")
    func stepUnknown() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let id = try #require(try firstSteps(waymark).first?["id"] as? String)
        let result = try waymark.run(["step", id + "x", "done"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("There is no step") && result.stderr.contains("Closest: \(id)"))
    }

    @Test("log adds minutes that status counts this week against the path's goal")
    func logAndStatus() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let logged = try waymark.run(["log", "1h30m", "--note", "read the Raft paper"])
        #expect(logged.status == 0)
        #expect(logged.stdout.contains("Logged 1 h 30 min on \(day(0))"))
        #expect(try waymark.run(["log", "45m", "--on", day(0)]).status == 0)
        #expect(try waymark.run(["log", "2h", "--on", day(-30)]).status == 0)
        let status = try json(try waymark.run(["status", "--json"]).stdout)
        #expect(status["studyMinutesThisWeek"] as? Int == 135)
        let goal = try #require(status["weeklyGoalMinutes"] as? Int)
        #expect(goal > 0 && goal % 60 == 0)
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"source\" : \"manual\"") && file.contains("read the Raft paper"))
        #expect(try waymark.run(["status"]).stdout.contains("Study this week: 2 h 15 min"))
    }

    @Test("log refuses zero, nonsense, more than a day and a bad date, with usage status 2 and nothing saved")
    func logRefusals() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let cases: [([String], String)] = [
            (["0m"], "at least a minute"), (["soon"], "is not a duration"), (["25h"], "more than 24 hours"),
            (["45m", "--on", "2026-02-30"], "--on takes a date"),
        ]
        for (arguments, message) in cases {
            let result = try waymark.run(["log"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let file = (try? String(contentsOf: waymark.progressFile, encoding: .utf8)) ?? ""
        #expect(!file.contains("\"manual\""))
    }

    @Test("replan when behind moves the rest later, warns past the maximum, and show gives the new weeks")
    func replanBehind() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder", "--on", day(-42)])
        let before = try json(try waymark.run(["show", "foundation-builder", "--json"]).stdout)
        let firstWeeks = try #require((before["phases"] as? [[String: Any]])?.first?["weeks"] as? [Int])
        let result = try waymark.run(["replan"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("now starts in week 7"))
        #expect(result.stdout.contains("Warning: the new plan ends in week"))
        let after = try json(try waymark.run(["show", "foundation-builder", "--json"]).stdout)
        let movedWeeks = try #require((after["phases"] as? [[String: Any]])?.first?["weeks"] as? [Int])
        #expect(movedWeeks.first == 7 && movedWeeks != firstWeeks)
        let file = try String(contentsOf: waymark.progressFile, encoding: .utf8)
        #expect(file.contains("\"replans\"") && file.contains("\"startedOn\" : \"\(day(-42))\""))
        #expect(try json(try waymark.run(["status", "--json"]).stdout)["pace"] as? String == "on track")
    }

    @Test("replan on track moves nothing; --from picks the week")
    func replanOnTrackAndFrom() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let onTrack = try waymark.run(["replan"])
        #expect(onTrack.status == 1)
        #expect(onTrack.stderr.contains("You are on track: nothing to move."))
        try waymark.run(["start", "foundation-builder", "--on", day(-21)])
        let from = try waymark.run(["replan", "foundation-builder", "--from", day(7)])
        #expect(from.status == 0, "\(from.stderr)")
        #expect(from.stdout.contains("now starts in week 5"))
    }
}
