import WaymarkCurriculum

/// `waymark patterns`: the pattern cards grouped by domain, as text or as JSON.
public struct PatternCatalogReport: Sendable {
    public let patterns: [Pattern]
    /// What the list was narrowed to, for the heading: "in reliability", "behind Law 1: …".
    public let narrowing: String?

    public init(patterns: [Pattern], narrowing: String? = nil) {
        self.patterns = patterns
        self.narrowing = narrowing
    }

    /// The domains in the catalog's order, each with its cards by name. A domain the
    /// model does not list (an old snapshot) comes last rather than vanishing.
    public var groups: [(domain: String, patterns: [Pattern])] {
        let byDomain = Dictionary(grouping: patterns, by: \.domain)
        let order = ReferenceShelf.domains + byDomain.keys.filter { !ReferenceShelf.domains.contains($0) }.sorted()
        return order.compactMap { domain in
            guard let cards = byDomain[domain] else { return nil }
            return (domain, cards.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) })
        }
    }

    public func text(style: TextStyle) -> String {
        let count = "\(patterns.count) pattern\(patterns.count == 1 ? "" : "s")"
        var lines = [style.strong("Patterns" + (narrowing.map { " \($0)" } ?? "")) + style.dim("  \(count)")]
        if patterns.isEmpty {
            lines.append("No pattern matches both filters.")
            return lines.joined(separator: "\n")
        }
        for group in groups {
            lines.append("")
            lines.append(style.strong(group.domain.capitalizedFirst))
            for pattern in group.patterns {
                lines.append("  • \(pattern.name)" + style.dim("  (\(pattern.id))"))
                lines.append("    \(pattern.summary.sanitizedLine)")
            }
        }
        lines.append("")
        lines.append(style.dim("Open a card with: waymark pattern ID"))
        return lines.joined(separator: "\n")
    }

    /// The stable JSON shape documented in the README, in the text's order.
    public var json: [PatternJSON] { groups.flatMap(\.patterns).map(PatternJSON.init) }
}

/// A pattern card's front matter, as `waymark patterns --json` prints it.
public struct PatternJSON: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var domain: String
    public var summary: String
    public var laws: [String]
    public var related: [String]
    public var lessons: [String]

    public init(_ pattern: Pattern) {
        id = pattern.id
        name = pattern.name
        domain = pattern.domain
        summary = pattern.summary
        laws = pattern.laws
        related = pattern.related
        lessons = pattern.lessons
    }
}
