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

    /// Where a word stands: document, line (-1 for the title), and whether that line
    /// is a heading.
    struct Posting: Sendable {
        var document: Int32
        var line: Int32
    }

    private let postings: [String: [Posting]]
    /// The distinct words, for prefix, substring and typo matching.
    private let vocabulary: [String]

    /// Two indexes are the same when they index the same documents.
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool { lhs.documents == rhs.documents }

    /// The longest query looked at; the rest is ignored.
    public static let maximumQueryLength = 200

    public init(documents: [SearchDocument]) {
        self.documents = documents
        var postings: [String: [Posting]] = [:]
        for (index, document) in documents.enumerated() {
            var seen: Set<String> = []
            for word in SearchText.words(of: document.title) where seen.insert(word).inserted {
                postings[word, default: []].append(Posting(document: Int32(index), line: -1))
            }
            for (line, text) in document.lines.enumerated() {
                var seenOnLine: Set<String> = []
                for word in SearchText.words(of: text) where seenOnLine.insert(word).inserted {
                    postings[word, default: []].append(Posting(document: Int32(index), line: Int32(line)))
                }
            }
        }
        self.postings = postings
        vocabulary = postings.keys.sorted()
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
        // For each query word, the best score it reaches in each document, and where.
        var perWord: [[Int32: (score: Int, line: Int32, word: String)]] = []
        for queryWord in words {
            var best: [Int32: (score: Int, line: Int32, word: String)] = [:]
            for (textWord, match) in candidates(for: queryWord) {
                for posting in postings[textWord] ?? [] {
                    let score = Self.score(match, field: field(of: posting))
                    if score > (best[posting.document]?.score ?? 0) {
                        best[posting.document] = (score, posting.line, textWord)
                    }
                }
            }
            perWord.append(best)
        }
        var results: [SearchResult] = []
        let common = perWord.dropFirst().reduce(Set(perWord[0].keys)) { $0.intersection($1.keys) }
        for documentIndex in common {
            let hits = perWord.map { $0[documentIndex]! }
            let top = hits.max { $0.score < $1.score }!
            let document = documents[Int(documentIndex)]
            let text = top.line < 0 ? document.title : document.lines[Int(top.line)]
            let (snippet, highlight) = Self.snippet(of: text, around: top.word)
            results.append(
                SearchResult(
                    kind: document.kind, id: document.id, title: document.title, line: Int(top.line) + 1,
                    snippet: snippet, highlight: highlight, score: hits.reduce(0) { $0 + $1.score }))
        }
        results.sort {
            ($0.score, $1.kind.rank, $1.title) > ($1.score, $0.kind.rank, $0.title)
        }
        return Array(results.prefix(limit))
    }

    /// 0 title, 1 heading, 2 body.
    private func field(of posting: Posting) -> Int {
        if posting.line < 0 { return 0 }
        return documents[Int(posting.document)].headingLines.contains(Int(posting.line)) ? 1 : 2
    }

    /// The field counts more than the kind of match: any title match outranks any
    /// heading match.
    private static func score(_ match: Match, field: Int) -> Int { (3 - field) * 10 + match.rawValue }

    /// The words of the text that `queryWord` matches, and how.
    private func candidates(for queryWord: String) -> [(String, Match)] {
        var found: [(String, Match)] = []
        let allowTypo = queryWord.count >= 5
        for word in vocabulary {
            if word == queryWord {
                found.append((word, .whole))
            } else if word.hasPrefix(queryWord) {
                found.append((word, .prefix))
            } else if word.count > queryWord.count, word.contains(queryWord) {
                found.append((word, .substring))
            } else if allowTypo, SearchText.withinOneEdit(word, queryWord) {
                found.append((word, .typo))
            }
        }
        return found
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
