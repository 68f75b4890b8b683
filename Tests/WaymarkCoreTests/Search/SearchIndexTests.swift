import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@Suite("Search")
struct SearchIndexTests {
    static let index = SearchIndex(documents: [
        SearchDocument(kind: .lesson, id: "queues", title: "Queues and latency", body: "## Why\n\nWaiting grows.\n"),
        SearchDocument(kind: .lesson, id: "heading", title: "Other", body: "## Queues\n\nText.\n"),
        SearchDocument(kind: .lesson, id: "body", title: "Third", body: "## Why\n\nQueues form in the body.\n"),
        SearchDocument(kind: .pattern, id: "prefix", title: "Queueing theory", body: ""),
        SearchDocument(kind: .lesson, id: "accent", title: "Théorème", body: "Ça marche."),
        SearchDocument(kind: .glossary, id: "Little's Law", title: "Little's Law", body: "L = λW."),
    ])

    @Test("title before heading before body; whole word before prefix")
    func ranking() {
        let ids = Self.index.search("queues").map(\.id)
        #expect(ids.prefix(3) == ["queues", "heading", "body"])
        let prefix = Self.index.search("queue").map(\.id)
        #expect(prefix.first == "prefix" || prefix.contains("prefix"))
        let whole = Self.index.search("queueing").map(\.id)
        #expect(whole == ["prefix"])
    }

    @Test("a one-letter typo in a word of five letters or more still matches, a swap included")
    func typos() {
        #expect(Self.index.search("littel").first?.id == "Little's Law")
        #expect(Self.index.search("latncy").first?.id == "queues")
        #expect(Self.index.search("wiat").isEmpty)  // four letters: no typo allowance
    }

    @Test("case and accents are ignored")
    func folding() {
        #expect(Self.index.search("THEOREME").first?.id == "accent")
        #expect(Self.index.search("ca marche").first?.id == "accent")
    }

    @Test("the result says where: line, snippet and the matched word")
    func location() throws {
        let hit = try #require(Self.index.search("form").first)
        #expect(hit.id == "body" && hit.line == 3)
        let range = try #require(hit.highlight)
        #expect(Array(hit.snippet)[range].map(String.init).joined() == "form")
    }

    @Test("empty, control-character and huge queries give a clear empty result, never a crash")
    func oddQueries() {
        #expect(Self.index.search("").isEmpty)
        #expect(Self.index.search("\u{1B}[2J\u{07}").isEmpty)
        #expect(Self.index.search(String(repeating: "queues ", count: 2_000)).count <= 3)
        #expect(Self.index.search(String(repeating: "x", count: 10_000)).isEmpty)
    }

    @Test("the bundled course: every kind is searchable")
    func bundled() {
        let index = SearchIndex(curriculum: BundledCurriculum.curriculum)
        #expect(index.search("littel").first?.id == "littles-law")
        #expect(index.search("circuit breaker").contains { $0.kind == .pattern && $0.id == "circuit-breaker" })
        #expect(index.search("connection pool").contains { $0.kind == .recipe })
        #expect(index.search("PACELC").contains { $0.kind == .cheatSheet })
    }
}
