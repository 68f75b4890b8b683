import WaymarkCurriculum

/// `waymark cheatsheet ID` and `waymark recipe ID`: the card's title, summary and
/// links, then its body, which the caller renders for its own medium.
public struct ReferenceCardReport: Sendable {
    public let curriculum: Curriculum
    public let card: ReferenceCard
    public let progress: LearnerProgress

    public init(curriculum: Curriculum, card: ReferenceCard, progress: LearnerProgress) {
        self.curriculum = curriculum
        self.card = card
        self.progress = progress
    }

    /// The header and links, then `body` (already laid out for the terminal).
    public func text(style: TextStyle, body: String) -> String {
        let lines = [style.strong(card.title) + style.dim("  (\(card.id))"), card.summary.sanitizedLine]
        let sections = [
            ShelfLinks.patterns(card.patterns, heading: "Patterns", shelf: curriculum.reference, style: style),
            ShelfLinks.lessons(
                card.lessons, heading: "Lessons", curriculum: curriculum, progress: progress, style: style),
        ]
        return ShelfLinks.page(lines, sections: sections, body: body)
    }

    public func json(body: String) -> ReferenceCardJSON {
        ReferenceCardJSON(
            id: card.id, title: card.title, summary: card.summary, patterns: card.patterns, lessons: card.lessons,
            body: body)
    }
}

/// One cheat sheet or recipe as `waymark cheatsheet ID --json` prints it.
public struct ReferenceCardJSON: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    public var patterns: [String]
    public var lessons: [String]
    /// The card's Markdown, front matter removed.
    public var body: String
}
