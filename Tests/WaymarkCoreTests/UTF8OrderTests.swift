import PropertyBased
import Testing

@testable import WaymarkCore

@Suite("UTF-8 order")
struct UTF8OrderTests {
    /// Pieces that make strings hard to order: a shared prefix longer than the 32
    /// bytes compared as integers, NUL bytes (the padding of a short head), and
    /// characters whose UTF-8, UTF-16 and canonical orders disagree.
    static let pieces = [
        "path-001-phase-01-deliverable-0", "path-001-phase-01-deliverable-01-", "a", "b", "Z", "\u{0}", "\u{E9}",
        "e\u{301}", "\u{FFFD}", "😀", "-", "0",
    ]

    static let keys = Gen.element(of: pieces).array(of: 0...4).map { $0.compactMap { $0 }.joined() }.array(of: 0...60)

    @Test("dictionary keys come out in the order of their UTF-8 bytes")
    func matchesByteOrder() async {
        await propertyCheck(count: 500, input: Self.keys) { keys in
            let dictionary = Dictionary(keys.map { ($0, ()) }, uniquingKeysWith: { first, _ in first })
            let ordered = UTF8Order.sortedKeys(of: dictionary).map { dictionary.keys[$0.index] }
            let expected = dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(ordered.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        }
    }

    @Test("a sorted key gives back the whole key exactly when it is 32 bytes or fewer")
    func wholeKeys() async {
        await propertyCheck(count: 200, input: Self.keys) { keys in
            let dictionary = Dictionary(keys.map { ($0, ()) }, uniquingKeysWith: { first, _ in first })
            for sorted in UTF8Order.sortedKeys(of: dictionary) {
                let key = dictionary.keys[sorted.index]
                #expect(sorted.count == key.utf8.count)
                #expect(sorted.withWholeKey { Array($0) } == (key.utf8.count <= 32 ? Array(key.utf8) : nil))
            }
        }
    }
}
