import WaymarkCurriculum

/// `waymark glossary`: terms with their definitions and where each is taught.
public struct GlossaryReport: Sendable {
    public let terms: [GlossaryTerm]
    /// A line above the entries saying how they were found, when not by exact name.
    public let heading: String?

    public init(terms: [GlossaryTerm], heading: String? = nil) {
        self.terms = terms
        self.heading = heading
    }

    public func text(style: TextStyle) -> String {
        var lines: [String] = []
        if let heading { lines.append(style.strong(heading)) }
        for term in terms {
            if !lines.isEmpty { lines.append("") }
            lines.append(style.strong(term.term.sanitizedLine))
            let definition = term.definition.trimmed.split(separator: "\n", omittingEmptySubsequences: false)
            lines += definition.map { "  " + String($0).sanitizedLine }
            if !term.see.isEmpty { lines.append(style.dim("  see: " + term.see.joined(separator: ", "))) }
        }
        return lines.joined(separator: "\n")
    }

    /// The stable JSON shape documented in the README.
    public var json: [GlossaryTermJSON] {
        terms.map { GlossaryTermJSON(term: $0.term, definition: $0.definition.trimmed, see: $0.see) }
    }
}

/// One glossary entry as `waymark glossary --json` prints it.
public struct GlossaryTermJSON: Codable, Sendable, Equatable {
    public var term: String
    public var definition: String
    /// Lesson or pattern ids that teach the term.
    public var see: [String]
}
