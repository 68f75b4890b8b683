import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: pattern selector")
struct PatternSelectorTests {
    /// The option chosen at each question on the way from `node` to the first leaf
    /// whose best pattern is `id`.
    static func answers(to id: String, from node: SelectorNode) -> [Int]? {
        if node.isLeaf { return node.picks.first?.id == id ? [] : nil }
        for (index, option) in node.options.enumerated() {
            if let rest = answers(to: id, from: option.next) { return [index] + rest }
        }
        return nil
    }

    /// Keys that choose `answers`, one question after another.
    static func keys(for answers: [Int]) -> [Key] {
        answers.flatMap { Array(repeating: Key.down, count: $0) + [.enter] }
    }

    @Test("reliability, answered to its leaf, ranks the circuit breaker first; Enter opens its card")
    func pathToCircuitBreaker() throws {
        var state = shelfState(opening: .selector)
        let concerns = bundled.reference.selector
        let reliability = try #require(concerns.firstIndex { $0.id == "reliability" })
        let path = try #require(Self.answers(to: "circuit-breaker", from: concerns[reliability].next))
        #expect((1...3).contains(path.count))
        press(Array(repeating: .down, count: reliability) + [.enter], on: &state)
        #expect(state.selector?.concern == reliability)
        press(Self.keys(for: path), on: &state)
        let leaf = try #require(state.selector?.position(state.app)?.node)
        #expect(leaf.isLeaf && (1...4).contains(leaf.picks.count))
        let lines = state.screenLines
        #expect(lines.contains { $0.contains("Patterns that fit, best first") })
        #expect(lines.contains { $0.contains("1. Circuit breaker") })
        #expect(lines.contains { $0.contains(String(leaf.picks[0].why.prefix(30))) })
        let effects = press(.enter, on: &state)
        #expect(state.card?.patternID == "circuit-breaker")
        #expect(effects.contains(.loadDocument("patterns/circuit-breaker.md")))
    }

    @Test("Esc backs up one question at a time, the cursor on the answer chosen, and leaves only at the top")
    func backUp() throws {
        var state = shelfState(opening: .selector)
        let path = try #require(Self.answers(to: "circuit-breaker", from: bundled.reference.selector[0].next))
        press([.enter] + Self.keys(for: path), on: &state)
        #expect(state.selector?.answers == path)
        for depth in stride(from: path.count - 1, through: 0, by: -1) {
            press(.escape, on: &state)
            #expect(state.selector?.answers == Array(path.prefix(depth)))
            #expect(state.cursor == path[depth])
        }
        press(.escape, on: &state)
        #expect(state.selector?.concern == nil)
        #expect(state.cursor == 0)
        press(.escape, on: &state)
        #expect(state.library != nil)
    }

    @Test("a question shows the answers so far and its options; the trail is the path taken")
    func questionView() throws {
        var state = shelfState(opening: .selector)
        press(.enter, .enter, on: &state)
        let position = try #require(state.selector?.position(state.app))
        #expect(position.trail.count == 1)
        let lines = state.screenLines
        #expect(lines.contains { $0.contains("✓ " + position.trail[0].answer) })
        #expect(lines.contains { $0.contains(position.node.question) })
        #expect(lines.contains { $0.contains(position.node.options[0].answer) })
    }

    @Test("the cursor stays within the concerns, the options and the picks")
    func cursorBounds() {
        var state = shelfState(opening: .selector)
        press(.character("G"), .down, on: &state)
        #expect(state.cursor == bundled.reference.selector.count - 1)
        press(.character("g"), .enter, .character("G"), on: &state)
        #expect(state.cursor == bundled.reference.selector[0].next.options.count - 1)
    }
}
