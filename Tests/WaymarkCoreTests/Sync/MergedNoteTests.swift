import PropertyBased
import Testing

@testable import WaymarkCore

/// Notes merged on their own, including notes that are already merges: a base
/// that holds a merged note, sides that tidied it.
@Suite("Merged notes")
struct MergedNoteTests {
    static let texts = ["a", "b text", "line\nbreak", "Läws ✓ 法", "z"]

    /// A note as the store writes one: no note, or some texts as a merge joins them.
    static let note = Gen<Int>.int(in: 0...31).map { bits -> String? in
        MergedNote.joined(Set(texts.indices.filter { bits & 1 << $0 != 0 }.map { texts[$0] }))
    }

    static func merge(_ base: String?, _ ours: String?, _ theirs: String?) -> String? {
        MergedNote.merge(base: base, ours: ours, theirs: theirs)
    }

    @Test("merging notes does not depend on the order, the grouping, or repeats")
    func laws() async {
        await propertyCheck(count: 500, input: zip(Self.note, Self.note, Self.note, Self.note)) { base, x, y, z in
            #expect(Self.merge(base, x, y) == Self.merge(base, y, x))
            #expect(Self.merge(base, Self.merge(base, x, y), z) == Self.merge(base, x, Self.merge(base, y, z)))
            #expect(Self.merge(base, x, x) == x)
            let merged = Self.merge(base, x, y)
            #expect(Self.merge(base, merged, x) == merged)
            #expect(Self.merge(base, y, merged) == merged)
        }
    }

    @Test("a text either side added is in the merge")
    func addedTextsKept() async {
        await propertyCheck(count: 500, input: zip(Self.note, Self.note, Self.note)) { base, x, y in
            let merged = Set(MergedNote.parts(of: Self.merge(base, x, y)))
            let had = Set(MergedNote.parts(of: base))
            #expect(Set(MergedNote.parts(of: x)).subtracting(had).isSubset(of: merged))
            #expect(Set(MergedNote.parts(of: y)).subtracting(had).isSubset(of: merged))
        }
    }

    @Test("a merged note tidied on one machine stays tidied when the other added a text")
    func tidyingKept() {
        let merged = MergedNote.joined(["laptop", "work"])
        let tidied = "laptop and work"
        let added = MergedNote.joined(["laptop", "work", "later"])
        #expect(Self.merge(merged, tidied, added) == MergedNote.joined([tidied, "later"]))
    }

    @Test("marker lines split a note into its texts, trimmed, with empty ones left out")
    func parts() {
        let marker = MergedNote.marker
        #expect(
            MergedNote.parts(of: "  one \n\n\(marker)\n\n two\nlines \r\n \(marker)  \r\n\n") == ["one", "two\nlines"])
        #expect(MergedNote.parts(of: nil) == [])
        #expect(MergedNote.parts(of: "\(marker)") == [])
        #expect(MergedNote.joined([]) == nil)
    }
}
