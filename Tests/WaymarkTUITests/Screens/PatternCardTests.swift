import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: pattern card")
struct PatternCardTests {
    /// The circuit-breaker card, opened from the catalog.
    func breaker(width: Int = 80, height: Int = 24) -> AppState {
        var state = shelfState(opening: .catalog, width: width, height: height)
        let index = state.catalog!.patterns(state.app).firstIndex { $0.id == "circuit-breaker" }!
        press(Array(repeating: .down, count: index) + [.enter], on: &state)
        return state
    }

    @Test("the card shows its domain, laws with titles, related patterns, lessons with read marks, then its body")
    func header() {
        var state = breaker(width: 120, height: 40)
        state.progress.apply(.markRead(lessonID: "circuit-breaker", at: fixedNow))
        let lines = state.screenLines
        #expect(lines[2].contains("Circuit breaker") && lines[2].contains("reliability"))
        #expect(lines.contains { $0.contains("Laws") && $0.contains("Law 1: Correlated failure") })
        #expect(lines.contains { $0.contains("Related") && $0.contains("Timeouts and deadlines") })
        #expect(lines.contains { $0.contains("Lessons") && $0.contains("✓ Circuit breakers") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Problem" })
    }

    @Test("the card scrolls its header and body together and clamps at both ends")
    func scroll() throws {
        var state = breaker()
        let page = PatternCardScreen.bodyHeight(state.app)
        press(.down, .down, on: &state)
        #expect(state.card?.reader.scroll == 2)
        press(.character("G"), on: &state)
        let card = try #require(state.card)
        let total = card.header(state.app).count + (card.reader.lines?.count ?? 0)
        #expect(card.reader.scroll == total - page)
        press(.down, on: &state)
        #expect(state.card?.reader.scroll == total - page)
        press(.character("g"), .up, on: &state)
        #expect(state.card?.reader.scroll == 0)
    }

    @Test("r cycles the related patterns and Enter opens the one chosen; Esc comes back")
    func relatedWalk() {
        var state = breaker()
        let related = bundled.reference.pattern(id: "circuit-breaker")!.related
        #expect(state.card?.relatedIndex == 0)
        for step in 1...related.count {
            press(.character("r"), on: &state)
            #expect(state.card?.relatedIndex == step % related.count)
        }
        press(.character("r"), on: &state)
        #expect(state.screenLines[22].contains("Enter opens Retry with backoff"))
        press(.enter, on: &state)
        #expect(state.card?.patternID == related[1])
        #expect(state.card?.sequence == PatternCatalogScreen.order(state.app).map(\.id))
        press(.escape, on: &state)
        #expect(state.card?.patternID == "circuit-breaker")
        #expect(state.card?.relatedIndex == 1)
    }

    @Test("] and [ walk the catalog and stop at its ends")
    func nextPrevious() {
        var state = breaker()
        let sequence = state.card!.sequence
        let index = state.card!.index
        press(.character("]"), on: &state)
        #expect(state.card?.patternID == sequence[index + 1])
        #expect(state.card?.reader.scroll == 0)
        press(.character("g"), on: &state)
        for _ in 0...index + 1 { press(.character("["), on: &state) }
        #expect(state.card?.index == 0)
        #expect(state.message?.text == "This is the first card here.")
    }

    @Test(
        "l opens the first lesson that teaches the pattern, and ] walks its other lessons; read to its end, it is ticked"
    )
    func openLesson() {
        var state = breaker()
        let effects = press(.character("l"), on: &state)
        #expect(state.lesson?.lessonID == "circuit-breaker")
        #expect(state.lesson?.sequence == ["circuit-breaker", "case-netflix-resilience"])
        #expect(effects.contains(.loadLesson("circuit-breaker")))
        #expect(
            press(.character("G"), on: &state).contains(.save([.markRead(lessonID: "circuit-breaker", at: fixedNow)])))
        press(.escape, on: &state)
        #expect(state.screenLines.contains { $0.contains("✓ Circuit breakers") })
    }

    @Test("a card whose body cannot be read says why")
    func unreadable() {
        var state = makeState(started: true)
        press(.character("L"), on: &state)
        _ = update(&state, .key(.enter), now: fixedNow)
        let effects = update(&state, .key(.enter), now: fixedNow)
        guard case .loadDocument(let file) = effects.first else {
            Issue.record("no document asked for: \(effects)")
            return
        }
        _ = update(&state, .documentFailed(file: file, message: "gone"), now: fixedNow)
        #expect(state.screenLines.contains { $0.contains("This card could not be opened: gone") })
    }
}
