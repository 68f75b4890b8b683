import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: pattern catalog")
struct PatternCatalogTests {
    @Test("cards are grouped by domain in the shelf's order, by name within a domain, each card once")
    func grouping() {
        let state = shelfState(opening: .catalog)
        let shown = state.catalog!.patterns(state.app)
        #expect(shown.count == bundled.reference.patterns.count)
        #expect(Set(shown.map(\.id)).count == shown.count)
        let domains = shown.map(\.domain).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(domains == ReferenceShelf.domains.filter(domains.contains))
        for domain in domains {
            let names = shown.filter { $0.domain == domain }.map { $0.name.lowercased() }
            #expect(names == names.sorted())
        }
    }

    @Test("the screen shows each domain's heading and each card's name, summary and read count")
    func rows() {
        var state = shelfState(opening: .catalog, width: 120, height: 40)
        state.progress.apply(.markRead(lessonID: "circuit-breaker", at: fixedNow))
        let lines = state.screenLines
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Reliability  12") })
        let breaker = lines.first { $0.contains("Circuit breaker") }
        #expect(breaker?.contains("✓ 1/2") == true)
        #expect(breaker?.contains("Stop calling a dependency") == true)
    }

    @Test("f cycles the law filter: all laws, law 1 to law 7 by title, then all again")
    func lawFilter() {
        var state = shelfState(opening: .catalog)
        let laws = PatternCatalogScreen.laws(state.app)
        let prefixes = laws.map { String(PatternCatalogScreen.lawTitle($0, state.app).prefix(6)) }
        #expect(prefixes == (1...7).map { "Law \($0):" })
        for law in laws {
            press(.character("f"), on: &state)
            #expect(state.catalog?.law == law)
            let shown = state.catalog!.patterns(state.app)
            #expect(!shown.isEmpty && shown.allSatisfy { $0.laws.contains(law) })
            #expect(state.screenLines[2].contains(PatternCatalogScreen.lawTitle(law, state.app)))
        }
        press(.character("f"), on: &state)
        #expect(state.catalog?.law == nil)
        #expect(state.catalog!.patterns(state.app).count == bundled.reference.patterns.count)
    }

    @Test("filtering keeps the cursor on the same card when that card is still shown")
    func filterKeepsCursor() throws {
        var state = shelfState(opening: .catalog)
        let all = state.catalog!.patterns(state.app)
        let breaker = try #require(all.firstIndex { $0.id == "circuit-breaker" })
        press(Array(repeating: .down, count: breaker) + [.character("f")], on: &state)
        // Law 1 (correlated failure) is behind the circuit breaker.
        #expect(state.catalog?.law == "law-correlated-failure")
        let shown = state.catalog!.patterns(state.app)
        #expect(shown[state.cursor!].id == "circuit-breaker")
    }

    @Test("Enter opens the card under the cursor, and ] walks the filtered catalog")
    func openCard() {
        var state = shelfState(opening: .catalog)
        press(.character("f"), on: &state)
        let shown = state.catalog!.patterns(state.app)
        let effects = press(.down, .enter, on: &state)
        #expect(state.card?.patternID == shown[1].id)
        #expect(state.card?.sequence == shown.map(\.id))
        #expect(effects.contains(.loadDocument(shown[1].file)))
        press(.character("]"), on: &state)
        #expect(state.card?.patternID == shown[2].id)
        press(.escape, on: &state)
        #expect(state.catalog?.law == "law-correlated-failure")
    }
}
