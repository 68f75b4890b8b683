import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

@Suite("Display safety and width")
struct TextSafetyTests {
    @Test("C0 and C1 controls become a visible marker")
    func controlsReplaced() {
        #expect(
            "a\u{1B}[2Jb\u{07}c\u{08}\u{9B}d\r".sanitizedForDisplay == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}\u{FFFD}d\u{FFFD}"
        )
    }

    @Test("bidi overrides and invisible format characters are removed")
    func bidiRemoved() {
        #expect("safe\u{202E}txt.exe\u{2066}\u{200B}".sanitizedForDisplay == "safetxt.exe")
    }

    @Test("emoji joiners and variation selectors survive")
    func emojiSurvive() {
        let family = "👩‍👩‍👧 ❤️"
        #expect(family.sanitizedForDisplay == family)
    }

    @Test("no sanitised string contains a forbidden scalar")
    func neverForbidden() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let cleaned = String(Character(scalar)).sanitizedForDisplay
            for out in cleaned.unicodeScalars where out != "\n" && out != "\t" {
                #expect(
                    !(out.value < 0x20 || (0x7F..<0xA0).contains(out.value) || (0x202A...0x202E).contains(out.value)))
            }
        }
    }

    @Test("wide characters and emoji take two columns, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("法律") == 4)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
    }

    @Test("truncation respects display width and marks the cut")
    func truncation() {
        #expect(DisplayWidth.truncate("法律法律", to: 5) == "法律…")
        #expect(DisplayWidth.pad("ab", to: 4) == "ab  ")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }

    @Test("suggestions find typos and shared parts")
    func suggestions() {
        #expect(
            Suggestion.closest(to: "notes-on-each-lw", among: ["notes-on-each-law", "implement-one-pattern"]) == [
                "notes-on-each-law"
            ])
        #expect(Suggestion.closest(to: "zzz", among: ["alpha"]).isEmpty)
    }
}
