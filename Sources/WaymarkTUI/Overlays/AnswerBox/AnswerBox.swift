import WaymarkCore
import WaymarkCurriculum

/// `a` in the reader: type the answer to the next question not yet revealed, have
/// it checked against its key as the Review screen checks it (`TypedAnswer`), then
/// see the worked answer revealed. Esc closes it without revealing anything. A
/// wrong answer is logged as Again on the question's review card, as in a review:
/// what was just got wrong comes back soon.
public struct AnswerBox: Sendable, Equatable {
    public var question: String
    public var key: AnswerKey
    /// The question's review card (see `SelfCheck.cardID`), or nil for a question
    /// outside the lesson's self-check section.
    public var cardID: String?
    public var answer = TypedAnswer()

    public init(question: String, key: AnswerKey, cardID: String?) {
        self.question = question
        self.key = key
        self.cardID = cardID
    }

    /// What `a` asks of the root in the reader showing `document` with
    /// `revealed` answers: the box for the next question, or why there is none.
    static func open(document: MarkdownDocument?, revealed: Int, lessonID: String) -> [Outcome] {
        guard let document, revealed < document.answerCount else {
            return [.message("No question left to answer: every answer is shown.", isError: false)]
        }
        guard let check = document.selfCheck(at: revealed), let key = check.key else {
            return [.message("The next question has no key to check a typed answer: r reveals it.", isError: false)]
        }
        let card = check.isCard ? SelfCheck.cardID(question: check.question, lessonID: lessonID) : nil
        return [.overlay(.answerBox(AnswerBox(question: check.question, key: key, cardID: card)))]
    }

    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch key {
        case .escape:
            return OverlayReply(keepOpen: false, outcomes: [.message("Not answered.", isError: false)])
        case .enter:
            guard !answer.isBlank else { return OverlayReply(keepOpen: true) }
            let right = answer.check(against: self.key) == .right
            var verdict = right ? "✓ Right: \(self.key.display)." : "✗ Not quite: expected \(self.key.display)."
            // The worked answer is the one `r` would reveal next: this question's.
            var outcomes: [Outcome] = [.command(.revealAnswer)]
            if !right, let cardID {
                let memory = app.reviewMemories.byCard[cardID]
                outcomes.insert(
                    .change(.answerReview(ReviewLog.answer(cardID, .again, at: app.now, after: memory))), at: 0)
                verdict += " Logged as Again: it comes back in review."
            }
            outcomes.append(.message(verdict, isError: false))
            return OverlayReply(keepOpen: false, outcomes: outcomes)
        default:
            if !answer.edit(key) {
                return OverlayReply(
                    keepOpen: true,
                    outcomes: [.message("An answer holds \(TypedAnswer.capacity) characters at most.", isError: true)])
            }
            return OverlayReply(keepOpen: true)
        }
    }

    func draw(into frame: inout Frame) {
        let box = OverlayBox(in: frame, width: 72, height: 10)
        box.draw(title: "Answer the next question", into: &frame)
        let width = max(10, box.innerWidth)
        var y = box.y + 2
        for line in TextWrapper.wrap(question, width: width).prefix(box.height - 7) {
            frame.put(line, x: box.innerX, y: y, style: .strong, limit: width)
            y += 1
        }
        frame.put("Your answer (\(key.prompt)):", x: box.innerX, y: box.y + box.height - 4, style: .muted, limit: width)
        answer.drawField(x: box.innerX, y: box.y + box.height - 3, width: min(40, width), focused: true, into: &frame)
        frame.put(
            "Enter checks it and reveals the worked answer · Esc cancels", x: box.innerX, y: box.y + box.height - 2,
            style: .muted, limit: width)
    }
}
