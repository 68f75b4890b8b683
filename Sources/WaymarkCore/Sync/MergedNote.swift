import WaymarkCurriculum

/// Free text both machines may have edited: a deliverable's note, a rating's
/// evidence. Text is never chosen over other text: when both sides changed a note
/// to different texts, both are kept, one after the other, with a marker line
/// between them that says why.
///
/// A note is the set of its texts (those between marker lines), written in UTF-8
/// order. A text either side added is kept; a text the base had stays while both
/// sides still have it, so a learner who tidies a merged note on one machine is
/// not undone by the other. Text by text, that is a union or an intersection, so
/// merging again with either part, in another order or another grouping, gives
/// the same note.
enum MergedNote {
    /// The line between the texts kept from two machines.
    static let marker = "--- edited on two machines before they synced; both texts are kept ---"

    static func merge(base: String?, ours: String?, theirs: String?) -> String? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        let had = Set(parts(of: base))
        let mine = Set(parts(of: ours))
        let other = Set(parts(of: theirs))
        return joined(mine.intersection(other).union(mine.subtracting(had)).union(other.subtracting(had)))
    }

    /// The texts a note holds: itself, or those a marker line separates. Trimmed,
    /// as the store keeps notes; empty ones are no text.
    static func parts(of note: String?) -> [String] {
        guard let note else { return [] }
        var parts: [String] = []
        var lines: [Substring] = []
        func finishPart() {
            let part = lines.joined(separator: "\n").trimmed
            if !part.isEmpty { parts.append(part) }
            lines = []
        }
        // Split on "\n" scalars, not Characters: a "\r\n" is one Character and
        // must not hide a marker line from a note edited on Windows.
        for scalars in note.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Substring(scalars)
            if line.trimmed == marker { finishPart() } else { lines.append(line) }
        }
        finishPart()
        return parts
    }

    /// The parts in UTF-8 order, a marker line between each two; nil for none.
    static func joined(_ parts: Set<String>) -> String? {
        guard !parts.isEmpty else { return nil }
        return parts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: "\n\n\(marker)\n\n")
    }
}
