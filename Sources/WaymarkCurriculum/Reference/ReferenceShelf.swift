/// The reference half of a course: pattern cards, the pattern selector, the
/// glossary, cheat sheets and recipe cards. Every part is optional: a course may
/// leave any of it out, and the view and the commands then say so.
public struct ReferenceShelf: Sendable, Hashable, Codable {
    public var patterns: [Pattern] = []
    public var glossary: [GlossaryTerm] = []
    public var cheatSheets: [ReferenceCard] = []
    public var recipes: [ReferenceCard] = []
    public var selector: [SelectorConcern] = []

    public init() {}

    /// The domains a pattern may belong to, in the order the catalog shows them.
    public static let domains = [
        "reliability", "scalability", "consistency", "performance", "messaging", "coordination", "storage",
        "operations",
    ]

    public func pattern(id: String) -> Pattern? { patterns.first { $0.id == id } }
    public func cheatSheet(id: String) -> ReferenceCard? { cheatSheets.first { $0.id == id } }
    public func recipe(id: String) -> ReferenceCard? { recipes.first { $0.id == id } }

    /// The glossary entry for `term`, ignoring case.
    public func term(_ term: String) -> GlossaryTerm? {
        let wanted = term.lowercased()
        return glossary.first { $0.term.lowercased() == wanted }
    }

    public var isEmpty: Bool {
        patterns.isEmpty && glossary.isEmpty && cheatSheets.isEmpty && recipes.isEmpty && selector.isEmpty
    }
}
