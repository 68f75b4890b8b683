/// One concern of the pattern selector (reliability, scale…) and the questions
/// that lead from it to patterns.
public struct SelectorConcern: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var prompt: String
    public var next: SelectorNode

    public init(id: String, title: String, prompt: String, next: SelectorNode) {
        self.id = id
        self.title = title
        self.prompt = prompt
        self.next = next
    }
}

/// A step of the selector: a question with answers to choose from, or, at a leaf,
/// the ranked patterns that fit. Exactly one of the two is filled in.
public struct SelectorNode: Sendable, Hashable, Codable {
    public var question: String
    public var options: [SelectorOption]
    public var picks: [SelectorPick]

    public init(question: String = "", options: [SelectorOption] = [], picks: [SelectorPick] = []) {
        self.question = question
        self.options = options
        self.picks = picks
    }

    public var isLeaf: Bool { options.isEmpty }

    /// Every leaf below this node.
    public var leaves: [SelectorNode] { isLeaf ? [self] : options.flatMap(\.next.leaves) }
}

public struct SelectorOption: Sendable, Hashable, Codable {
    public var answer: String
    public var next: SelectorNode

    public init(answer: String, next: SelectorNode) {
        self.answer = answer
        self.next = next
    }
}

/// A pattern the selector recommends, and in one line why it fits and what it costs.
public struct SelectorPick: Sendable, Hashable, Codable {
    public var id: String
    public var why: String

    public init(id: String, why: String) {
        self.id = id
        self.why = why
    }
}
