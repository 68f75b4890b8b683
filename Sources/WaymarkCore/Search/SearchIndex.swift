import Foundation
import WaymarkCurriculum

/// Full-text search over a course: every word of every title and line, folded
/// (case and accents ignored), mapped to where it stands. A query word matches a
/// word whole, as a prefix, inside it, or (five letters or more) with one typo;
/// results rank title before heading before body, and whole word before prefix
/// before substring before typo. Built once, then each keystroke is a lookup and a
/// pass over the distinct words, not over the text.
public struct SearchIndex: Sendable, Equatable {
    public let documents: [SearchDocument]

    /// Where a word stands: a document, and a place in it that says the line and the
    /// field at once, so a keystroke never looks the field up: -1 the title, a line
    /// number for body text, and -(line + 2) for a heading line.
    struct Posting: Sendable {
        var document: Int32
        var place: Int32

        init(document: Int, line: Int, isHeading: Bool) {
            self.document = Int32(document)
            place = line < 0 ? -1 : Int32(isHeading ? -(line + 2) : line)
        }

        /// The line of a place (-1 for the title).
        static func line(of place: Int32) -> Int { Int(place >= -1 ? place : -(place + 2)) }
        /// 0 title, 1 heading, 2 body.
        var field: Int { place >= 0 ? 2 : place == -1 ? 0 : 1 }
    }

    /// The distinct words, sorted, for prefix, substring and typo matching; with
    /// each one's postings and whether it is ASCII, at the same position.
    private let vocabulary: [String]
    private let postings: [[Posting]]
    private let vocabularyIsASCII: [Bool]

    /// Two indexes are the same when they index the same documents.
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool { lhs.documents == rhs.documents }

    /// The longest query looked at; the rest is ignored.
    public static let maximumQueryLength = 200

    public init(documents: [SearchDocument]) {
        self.documents = documents
        var table = SearchWordTable()
        var postings: [[Posting]] = []
        for (index, document) in documents.enumerated() {
            Self.post(document.title, Posting(document: index, line: -1, isHeading: false), &table, &postings)
            for (line, text) in document.lines.enumerated() {
                let posting = Posting(document: index, line: line, isHeading: document.headingLines.contains(line))
                Self.post(text, posting, &table, &postings)
            }
        }
        let words = table.words
        let order = words.indices.sorted { words[$0] < words[$1] }
        vocabulary = order.map { words[$0] }
        self.postings = order.map { postings[$0] }
        vocabularyIsASCII = vocabulary.map { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// Adds `posting` for each word of `text`. Each word is looked up once each time
    /// it occurs: its number, in the order first met, picks its postings; a word
    /// already posted for this line (its last posting is here) is not posted again.
    private static func post(
        _ text: String, _ posting: Posting, _ table: inout SearchWordTable, _ postings: inout [[Posting]]
    ) {
        func post(_ number: Int) {
            guard number < postings.count else { return postings.append([posting]) }
            if let last = postings[number].last, last.document == posting.document, last.place == posting.place {
                return
            }
            postings[number].append(posting)
        }
        SearchText.forEachWord(
            of: text, ascii: { post(table.number(ofASCII: $0)) }, other: { post(table.number(of: $0)) })
    }

    /// How a query word met a word of the text, best first.
    enum Match: Int, Comparable {
        case typo = 1
        case substring = 2
        case prefix = 3
        case whole = 4
        static func < (lhs: Match, rhs: Match) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The results for `query`, best first. Every query word must match somewhere in
    /// a document; an empty query (or one of no words) finds nothing.
    public func search(_ query: String, limit: Int = 50) -> [SearchResult] {
        let words = Array(Set(SearchText.words(of: String(query.prefix(Self.maximumQueryLength))))).sorted()
        guard !words.isEmpty else { return [] }
        // For each query word, the best score it reaches in each document (0: none),
        // and where: arrays by document, as a single letter meets most postings.
        var perWord: [(score: [Int32], place: [Int32], word: [Int32])] = []
        for queryWord in words {
            var score = [Int32](repeating: 0, count: documents.count)
            var place = [Int32](repeating: 0, count: documents.count)
            var word = [Int32](repeating: 0, count: documents.count)
            for (textWord, match) in candidates(for: queryWord) {
                for posting in postings[textWord] {
                    let document = Int(posting.document)
                    let points = Int32(Self.score(match, field: posting.field))
                    if points > score[document] {
                        score[document] = points
                        place[document] = posting.place
                        word[document] = Int32(textWord)
                    }
                }
            }
            perWord.append((score, place, word))
        }
        // Every document all query words matched, ranked before any snippet is cut:
        // only the ones shown get one.
        var ranked: [(score: Int, rank: Int, document: Int, best: Int)] = []
        for document in documents.indices where perWord.allSatisfy({ $0.score[document] > 0 }) {
            var best = 0
            var total = 0
            for (index, hits) in perWord.enumerated() {
                total += Int(hits.score[document])
                // The first word with the top score, as `max(by:)` picks it.
                if hits.score[document] > perWord[best].score[document] { best = index }
            }
            ranked.append((total, documents[document].kind.rank, document, best))
        }
        ranked.sort { left, right in
            if left.score != right.score { return left.score > right.score }
            if left.rank != right.rank { return left.rank < right.rank }
            let leftTitle = documents[left.document].title
            let rightTitle = documents[right.document].title
            if leftTitle != rightTitle { return leftTitle < rightTitle }
            return left.document < right.document
        }
        return ranked.prefix(limit).map { entry in
            let document = documents[entry.document]
            let hits = perWord[entry.best]
            let line = Posting.line(of: hits.place[entry.document])
            let word = vocabulary[Int(hits.word[entry.document])]
            let text = line < 0 ? document.title : document.lines[line]
            let (snippet, highlight) = Self.snippet(of: text, around: word)
            return SearchResult(
                kind: document.kind, id: document.id, title: document.title, line: line + 1, snippet: snippet,
                highlight: highlight, score: entry.score)
        }
    }

    /// The field counts more than the kind of match: any title match outranks any
    /// heading match.
    private static func score(_ match: Match, field: Int) -> Int { (3 - field) * 10 + match.rawValue }

    /// The words of the text that `queryWord` matches (their places in the
    /// vocabulary), and how. An ASCII word against an ASCII query is compared byte
    /// by byte: one byte is one Character there, so the answers are String's own.
    private func candidates(for queryWord: String) -> [(Int, Match)] {
        var found: [(Int, Match)] = []
        let allowTypo = queryWord.count >= 5
        let query = Array(queryWord.utf8)
        let queryIsASCII = query.allSatisfy { $0 < 0x80 }
        for (index, word) in vocabulary.enumerated() {
            if queryIsASCII && vocabularyIsASCII[index] {
                if let match = Self.match(Array(word.utf8), query, allowTypo: allowTypo) {
                    found.append((index, match))
                }
            } else if word == queryWord {
                found.append((index, .whole))
            } else if word.hasPrefix(queryWord) {
                found.append((index, .prefix))
            } else if word.count > queryWord.count, word.contains(queryWord) {
                found.append((index, .substring))
            } else if allowTypo, SearchText.withinOneEdit(word, queryWord) {
                found.append((index, .typo))
            }
        }
        return found
    }

    /// How ASCII `word` meets ASCII `query`, if it does: the same tests, in the same
    /// order, as for any String.
    private static func match(_ word: [UInt8], _ query: [UInt8], allowTypo: Bool) -> Match? {
        if word == query { return .whole }
        if word.starts(with: query) { return .prefix }
        if word.count > query.count, contains(word, query) { return .substring }
        if allowTypo, SearchText.withinOneEdit(word, query) { return .typo }
        return nil
    }

    private static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
        guard !part.isEmpty else { return true }
        guard text.count >= part.count else { return false }
        for start in 0...(text.count - part.count) where text[start] == part[0] {
            if text[start..<start + part.count].elementsEqual(part) { return true }
        }
        return false
    }

    /// Up to 72 characters of `line` around the first occurrence of `word`.
    static func snippet(of line: String, around word: String) -> (String, Range<Int>?) {
        let plain = line.trimmingCharacters(in: .whitespaces).sanitizedLine
        let folded = SearchText.fold(plain)
        guard folded.count == plain.count, let range = folded.range(of: word) else {
            return (String(plain.prefix(72)), nil)
        }
        let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let length = folded.distance(from: range.lowerBound, to: range.upperBound)
        let from = max(0, min(start - 24, plain.count - 72))
        let shown = String(plain.dropFirst(from).prefix(72))
        let lead = from > 0 ? "…" : ""
        return (lead + shown, (start - from + lead.count)..<(start - from + lead.count + length))
    }
}

extension SearchDocument.Kind {
    /// Lessons first among equals: they teach; then patterns, recipes, sheets, terms.
    var rank: Int {
        switch self {
        case .lesson: 0
        case .pattern: 1
        case .recipe: 2
        case .cheatSheet: 3
        case .glossary: 4
        }
    }
}
