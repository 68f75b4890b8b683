import WaymarkCurriculum

/// `waymark pattern ID`: one card's front matter with its links, then its body,
/// which the caller renders for its own medium.
public struct PatternCardReport: Sendable {
    public let curriculum: Curriculum
    public let pattern: Pattern
    public let progress: LearnerProgress

    public init(curriculum: Curriculum, pattern: Pattern, progress: LearnerProgress) {
        self.curriculum = curriculum
        self.pattern = pattern
        self.progress = progress
    }

    /// The header and links, then `body` (already laid out for the terminal).
    public func text(style: TextStyle, body: String) -> String {
        let lines = [
            style.strong(pattern.name) + style.dim("  (\(pattern.id))"),
            style.dim("\(pattern.domain.capitalizedFirst) pattern"),
            pattern.summary.sanitizedLine,
        ]
        let sections = [
            ShelfLinks.laws(pattern.laws, curriculum: curriculum, style: style),
            ShelfLinks.patterns(
                pattern.related, heading: "Related patterns", shelf: curriculum.reference, style: style),
            ShelfLinks.lessons(
                pattern.lessons, heading: "Lessons", curriculum: curriculum, progress: progress, style: style),
        ]
        return ShelfLinks.page(lines, sections: sections, body: body)
    }

    /// The front matter as `waymark patterns --json` has it, plus the Markdown body.
    public func json(body: String) -> PatternCardJSON {
        let card = PatternJSON(pattern)
        return PatternCardJSON(
            id: card.id, name: card.name, domain: card.domain, summary: card.summary, laws: card.laws,
            related: card.related, lessons: card.lessons, body: body)
    }
}

/// One pattern card as `waymark pattern ID --json` prints it.
public struct PatternCardJSON: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var domain: String
    public var summary: String
    public var laws: [String]
    public var related: [String]
    public var lessons: [String]
    /// The card's Markdown, front matter removed.
    public var body: String
}
