import PropertyBased
import Testing

@testable import WaymarkCore

/// The byte-level paths that build the search index against the Character paths
/// they stand in for, on text that mixes ASCII with what makes Unicode hard.
@Suite("Search text")
struct SearchTextTests {
    /// ASCII of every kind next to accents (precomposed and combining, after a letter
    /// or after punctuation), letters that fold to two, scalars canonically equal to
    /// ASCII, a prepended mark, flags, emoji joined by ZWJ, and line ends.
    static let pieces = [
        "a", "Z", "queue", "Latency", "0", "42", " ", "-", "'", "^", "`", "#", "_", "\t", "\n", "\r", "\r\n",
        "\u{0}", "é", "É", "e\u{301}", "\u{301}", "\u{308}\u{323}", "ß", "ﬁ", "İ", "Σ", "ς", "λ", "×", "—", "−",
        "\u{212A}", "\u{037E}", "\u{1FEF}", "\u{0600}", "🇫🇷", "👩\u{200D}💻", "\u{FE0F}", "\u{200D}", "Ω", "①",
        "٣", "ǅ", "\u{0622}", "\u{FFFD}", "µ",
    ]

    static let texts = Gen.element(of: pieces).array(of: 0...24).map { $0.compactMap { $0 }.joined() }

    @Test("the words found in bytes are the words found Character by Character")
    func wordsMatchCharacters() async {
        await propertyCheck(count: 1_000, input: Self.texts) { text in
            #expect(
                SearchText.words(of: text).map { Array($0.utf8) }
                    == SearchText.unicodeWords(of: text).map { Array($0.utf8) })
        }
    }

    @Test("a document's lines and headings found in bytes are those of its Characters")
    func linesMatchCharacters() async {
        await propertyCheck(count: 1_000, input: Self.texts) { text in
            let lines = SearchDocument.lines(of: text)
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
            for line in lines { #expect(SearchDocument.isHeading(line) == line.hasPrefix("#")) }
            for line in lines { #expect(SearchDocument.isHeading("#" + line) == ("#" + line).hasPrefix("#")) }
        }
    }

    @Test("words are numbered as a dictionary of Strings would number them")
    func wordTableMatchesDictionary() async {
        await propertyCheck(count: 300, input: Self.texts.array(of: 0...12)) { texts in
            var table = SearchWordTable()
            var numbers: [Int] = []
            var dictionary: [String: Int] = [:]
            var expectedWords: [String] = []
            var expectedNumbers: [Int] = []
            for text in texts {
                SearchText.forEachWord(
                    of: text, ascii: { numbers.append(table.number(ofASCII: $0)) },
                    other: { numbers.append(table.number(of: $0)) })
                for word in SearchText.unicodeWords(of: text) {
                    if dictionary[word] == nil {
                        dictionary[word] = expectedWords.count
                        expectedWords.append(word)
                    }
                    expectedNumbers.append(dictionary[word]!)
                }
            }
            #expect(numbers == expectedNumbers)
            #expect(table.words.map { Array($0.utf8) } == expectedWords.map { Array($0.utf8) })
        }
    }

    @Test("thousands of distinct words keep their numbers as the table grows")
    func wordTableGrows() {
        var table = SearchWordTable()
        let words = (0..<20_000).map { "w\($0)" }
        let numbers = words.map { table.number(of: $0) }
        #expect(numbers == Array(0..<20_000))
        #expect(words.map { table.number(of: $0) } == numbers)
        #expect(table.words == words)
    }
}
