import WaymarkCurriculum

/// `waymark cheatsheet` and `waymark recipe` with no id: the cards of one kind,
/// each with its summary, and how to open one.
public struct ReferenceCardListReport: Sendable {
    public let cards: [ReferenceCard]
    /// "Cheat sheets", "Recipes".
    public let heading: String
    /// The command that opens one card: "waymark cheatsheet".
    public let command: String

    public init(cards: [ReferenceCard], heading: String, command: String) {
        self.cards = cards
        self.heading = heading
        self.command = command
    }

    public func text(style: TextStyle) -> String {
        var lines = [style.strong(heading) + style.dim("  \(cards.count)")]
        for card in cards {
            lines.append("  • \(card.title)" + style.dim("  (\(card.id))"))
            lines.append("    \(card.summary.sanitizedLine)")
        }
        lines.append("")
        lines.append(style.dim("Open one with: \(command) ID"))
        return lines.joined(separator: "\n")
    }

    /// The stable JSON shape documented in the README.
    public var json: [ReferenceCardSummaryJSON] { cards.map { .init(id: $0.id, title: $0.title) } }
}

/// A cheat sheet or recipe in a list: `{"id","title"}`.
public struct ReferenceCardSummaryJSON: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
}
