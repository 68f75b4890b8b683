import WaymarkCore
import WaymarkCurriculum

/// The pattern selector: pick a concern, answer its questions one at a time, and
/// reach the patterns that fit, best first, each with why; Enter opens a card. Esc
/// goes back one question, and leaves only from the list of concerns.
public struct PatternSelectorScreen: Sendable, Equatable {
    /// The concern chosen, as a position in the selector; nil while choosing one.
    public var concern: Int?
    /// The option chosen at each question answered so far.
    public var answers: [Int] = []
    var cursor = ListCursor()

    public init(concern: Int? = nil, answers: [Int] = [], cursor: Int = 0) {
        self.concern = concern
        self.answers = answers
        self.cursor = ListCursor(index: cursor)
    }

    /// One question answered on the way here, for the trail above the current step.
    struct Step: Equatable {
        var question: String
        var answer: String
    }

    /// Where the learner stands: the concern, the questions answered and the node
    /// reached; nil while choosing a concern (or if the answers no longer fit).
    func position(_ app: AppContext) -> (concern: SelectorConcern, trail: [Step], node: SelectorNode)? {
        let concerns = app.curriculum.reference.selector
        guard let concern, concerns.indices.contains(concern) else { return nil }
        var node = concerns[concern].next
        var trail: [Step] = []
        for answer in answers {
            guard node.options.indices.contains(answer) else { return nil }
            trail.append(Step(question: node.question, answer: node.options[answer].answer))
            node = node.options[answer].next
        }
        return (concerns[concern], trail, node)
    }

    /// How many rows the current step lists: concerns, options or patterns.
    func rowCount(_ app: AppContext) -> Int {
        guard let node = position(app)?.node else { return app.curriculum.reference.selector.count }
        return node.isLeaf ? node.picks.count : node.options.count
    }
}

extension PatternSelectorScreen: ScreenModel {
    var title: String { "Pattern selector" }
    var screen: Screen { .selector(self) }

    func subtitle(_ app: AppContext) -> String? { position(app)?.concern.title }
}
