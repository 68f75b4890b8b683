import Foundation
import PropertyBased
import Testing
import WaymarkCurriculum

/// `trimmedOfSpaces` stands in for Foundation's `trimmingCharacters(in: .whitespaces)`
/// on the start-up path (self-check headings, answer keys): it must trim exactly
/// what Foundation trims, whatever surrounds the text.
@Suite("Trimming spaces")
struct TrimmedOfSpacesTests {
    /// Tabs and every kind of space separator, next to what is not trimmed: line
    /// ends, a zero-width space (a format character), combining marks, letters.
    static let pieces = [
        " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\u{1680}", "\n", "\r\n", "\u{200B}", "\u{FEFF}",
        "\u{301}", "e\u{301}", "x", "Self-check", "—", "🇫🇷", "\u{85}", "\u{2028}",
    ]

    static let texts = Gen.element(of: pieces).array(of: 0...10).map { $0.compactMap { $0 }.joined() }

    @Test("trims exactly what Foundation's whitespace set trims")
    func matchesFoundation() async {
        await propertyCheck(count: 300, input: Self.texts) { text in
            #expect(
                Array(text.trimmedOfSpaces.unicodeScalars)
                    == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        }
    }

    @Test("every scalar of the first two planes is horizontal space exactly when Foundation says so")
    func everyScalarAgrees() {
        let disagreeing = (0...0x1_FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.isHorizontalSpace != CharacterSet.whitespaces.contains($0)
        }
        #expect(disagreeing.isEmpty)
    }

    @Test("a heading's words survive with their inner spaces")
    func keepsInnerSpaces() {
        #expect(" \tSelf-check\u{A0} ".trimmedOfSpaces == "Self-check")
        #expect("a  b".trimmedOfSpaces == "a  b")
        #expect(" \t ".trimmedOfSpaces.isEmpty)
    }
}
