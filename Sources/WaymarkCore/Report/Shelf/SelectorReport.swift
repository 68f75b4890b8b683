import WaymarkCurriculum

/// `waymark select`: the whole pattern selector as an indented outline, concern by
/// concern down to the ranked patterns at each leaf, or as nested JSON.
public struct SelectorReport: Sendable {
    public let shelf: ReferenceShelf

    public init(shelf: ReferenceShelf) {
        self.shelf = shelf
    }

    /// How many leaves, so the heading can say how many outcomes there are to reach.
    public var outcomeCount: Int { shelf.selector.reduce(0) { $0 + $1.next.leaves.count } }

    public func text(style: TextStyle) -> String {
        var lines = [
            style.strong("Pattern selector")
                + style.dim("  \(shelf.selector.count) concerns, \(outcomeCount) outcomes")
        ]
        for concern in shelf.selector {
            lines.append("")
            lines.append(style.strong(concern.title) + style.dim("  (\(concern.id))"))
            if !concern.prompt.isEmpty { lines.append(style.dim("  " + concern.prompt.sanitizedLine)) }
            outline(concern.next, indent: "  ", style: style, into: &lines)
        }
        lines.append("")
        lines.append(style.dim("Open a card with: waymark pattern ID"))
        return lines.joined(separator: "\n")
    }

    /// A question with its answers below it, or the numbered picks of a leaf.
    private func outline(_ node: SelectorNode, indent: String, style: TextStyle, into lines: inout [String]) {
        if node.isLeaf {
            for (rank, pick) in node.picks.enumerated() {
                let name = shelf.pattern(id: pick.id)?.name ?? pick.id
                lines.append(indent + "\(rank + 1). \(name)" + style.dim("  (\(pick.id))"))
                lines.append(indent + "   " + pick.why.sanitizedLine)
            }
            return
        }
        lines.append(indent + "? " + node.question.sanitizedLine)
        for option in node.options {
            lines.append(indent + "  → " + option.answer.sanitizedLine)
            outline(option.next, indent: indent + "    ", style: style, into: &lines)
        }
    }

    /// The stable JSON shape documented in the README.
    public var json: SelectorJSON {
        SelectorJSON(
            concerns: shelf.selector.map { .init(id: $0.id, title: $0.title, next: SelectorJSON.Node($0.next)) })
    }
}

/// `{"concerns":[{"id","title","next":NODE}]}`, where a NODE is a question with
/// options or a leaf of patterns, never both.
public struct SelectorJSON: Encodable, Sendable, Equatable {
    public struct Concern: Encodable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var next: Node
    }

    public enum Node: Encodable, Sendable, Equatable {
        case question(String, options: [Option])
        case patterns([Pick])

        init(_ node: SelectorNode) {
            if node.isLeaf {
                self = .patterns(node.picks.map { Pick(id: $0.id, why: $0.why) })
            } else {
                self = .question(
                    node.question, options: node.options.map { Option(answer: $0.answer, next: Node($0.next)) })
            }
        }

        private enum CodingKeys: String, CodingKey {
            case question, options, patterns
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .question(let question, let options):
                try container.encode(question, forKey: .question)
                try container.encode(options, forKey: .options)
            case .patterns(let picks):
                try container.encode(picks, forKey: .patterns)
            }
        }
    }

    public struct Option: Encodable, Sendable, Equatable {
        public var answer: String
        public var next: Node
    }

    public struct Pick: Encodable, Sendable, Equatable {
        public var id: String
        public var why: String
    }

    public var concerns: [Concern]
}
