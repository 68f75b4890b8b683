/// "Did you mean" suggestions for unknown keys and ids.
public enum Suggestion {
    /// The candidates closest to `word`, best first; only those close enough to be a typo
    /// or to share a meaningful part.
    public static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(word, candidate)
            let threshold = max(2, min(word.count, candidate.count) / 3)
            let related =
                distance <= threshold
                || (word.count >= 3 && candidate.contains(word))
                || (candidate.count >= 3 && word.contains(candidate))
            return related ? (candidate, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// " (did you mean `x`?)" or "" — ready to append to a message.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        guard let best = closest(to: word, among: candidates, limit: 1).first else { return "" }
        return " (did you mean '\(best)'?)"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
