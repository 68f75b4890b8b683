import Foundation
import Testing

/// `waymark guide` and `waymark order`: the documented JSON shapes, with the
/// learner's answers and ticks worked out from progress.
@Suite("waymark guide and order", .serialized)
struct GuideCommandTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("guide --json has exactly the documented keys, answers null and nothing ticked for a new learner")
    func guideShape() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["guide", "--json"])
        #expect(result.status == 0)
        let json = try object(result.stdout)
        #expect(
            Set(json.keys) == [
                "prerequisites", "studyTips", "portfolioHabits", "pitfalls", "quickStart", "readingOrders",
                "quickNavigation",
            ])
        let prerequisites = try #require(json["prerequisites"] as? [String: [[String: Any]]])
        #expect(Set(prerequisites.keys) == ["essential", "helpful"])
        let first = try #require(prerequisites["essential"]?.first)
        #expect(Set(first.keys) == ["topic", "need", "example", "answer"])
        #expect(first["answer"] is NSNull)
        let tip = try #require((json["studyTips"] as? [[String: Any]])?.first)
        #expect(Set(tip.keys) == ["name", "practice", "reason"])
        #expect((json["portfolioHabits"] as? [String])?.isEmpty == false)
        let pitfall = try #require((json["pitfalls"] as? [[String: Any]])?.first)
        #expect(Set(pitfall.keys) == ["mistake", "instead"])
        let quickStart = try #require(json["quickStart"] as? [[String: Any]])
        #expect(quickStart.count == 4)
        #expect(quickStart.allSatisfy { Set($0.keys) == ["text", "done"] && $0["done"] as? Bool == false })
        let order = try #require((json["readingOrders"] as? [[String: Any]])?.first)
        #expect(Set(order.keys) == ["id", "title", "bestFor", "time", "steps"])
        let step = try #require((order["steps"] as? [[String: Any]])?.first)
        #expect(Set(step.keys) == ["text", "lessons"])
        #expect((step["lessons"] as? [String])?.first == "law-correlated-failure")
        let row = try #require((json["quickNavigation"] as? [[String: Any]])?.first)
        #expect(Set(row.keys) == ["need", "target"])
    }

    @Test("starting a path ticks its quick-start item, worked out from progress")
    func quickStartFromProgress() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let json = try object(try waymark.run(["guide", "--json"]).stdout)
        let done = try #require(json["quickStart"] as? [[String: Any]]).map { $0["done"] as? Bool }
        #expect(done == [false, true, false, false])
        let text = try waymark.run(["guide", "quick-start"]).stdout
        #expect(text.contains("[✓] Choose the path that matches your experience."))
        #expect(!text.contains("Study tips"))
    }

    @Test("order --json prints the order's steps with lessons, patterns and read marks")
    func orderShape() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["order", "quick-reference", "--json"])
        #expect(result.status == 0)
        let json = try object(result.stdout)
        #expect(json["id"] as? String == "quick-reference")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 4)
        let first = try #require(steps.first)
        #expect(Set(first.keys) == ["text", "lessons", "patterns", "read"])
        #expect(first["read"] as? Bool == false)
        let lesson = try #require((first["lessons"] as? [[String: Any]])?.first)
        #expect(lesson["id"] as? String == "circuit-breaker")
        #expect(lesson["read"] as? Bool == false)
        #expect((first["patterns"] as? [String]) == ["circuit-breaker", "retry-with-backoff"])
    }

    @Test("an unknown order is refused with the ids there are")
    func unknownOrder() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["order", "fastest"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("maximum-understanding, practical-application, quick-reference"))
    }

    @Test("guide --predict off turns the reader's Predict prompt off in the progress file, and on turns it back")
    func predictSetting() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let off = try waymark.run(["guide", "--predict", "off"])
        #expect(off.status == 0)
        #expect(off.stdout.contains("Predict prompts off"))
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("\"predictPrompts\" : false"))
        #expect(try waymark.run(["guide", "--predict", "on"]).status == 0)
        #expect(try String(contentsOf: waymark.progressFile, encoding: .utf8).contains("\"predictPrompts\" : true"))
    }
}
