import Foundation

/// The id a course's progress is kept under: `id:` in curriculum.yaml, or, for a
/// course without one, an id derived from its title. Two copies of one course
/// share progress; two different courses never do.
public enum CourseID {
    /// The id for a course titled `title` that declares none.
    ///
    /// The title is folded to ASCII (accents dropped, `É` to `e`), lowercased, and
    /// every run of other characters becomes one hyphen: "Distributed Systems" gives
    /// `distributed-systems`. When a letter or digit does not fold (Cyrillic, Han),
    /// the id would no longer tell courses apart, so a short stable hash of the whole
    /// title is added: "Введение в SQL" gives `sql-` and eight hex digits, a title
    /// with nothing that folds gives `course-` and the hash.
    public static func derived(fromTitle title: String) -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        var slug = ""
        var lost = false
        for character in title.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch character.value {
            case 0x61...0x7A, 0x30...0x39:
                slug.unicodeScalars.append(character)
            default:
                // Combining marks are what decomposition split off a letter: drop them.
                if character.properties.generalCategory == .nonspacingMark { continue }
                if character.properties.isAlphabetic || character.properties.numericType != nil { lost = true }
                if !slug.isEmpty, !slug.hasSuffix("-") { slug += "-" }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        slug = shortened(slug, to: 60)
        guard lost || slug.isEmpty else { return slug }
        return (slug.isEmpty ? "course" : slug) + "-" + hash(of: title)
    }

    /// At most `limit` characters, cut at a hyphen where there is one.
    private static func shortened(_ slug: String, to limit: Int) -> String {
        guard slug.count > limit else { return slug }
        let cut = slug.prefix(limit)
        guard let hyphen = cut.lastIndex(of: "-") else { return String(cut) }
        return String(cut[..<hyphen])
    }

    /// FNV-1a of the title's UTF-8, 32 bits as eight hex digits: the same on every
    /// machine and every run, unlike Swift's `hashValue`.
    static func hash(of title: String) -> String {
        var hash: UInt32 = 0x811c_9dc5
        for byte in title.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
