import WaymarkCurriculum

extension MarkdownDocument {
    /// The question and key of the self-check whose answer is the `index`th (from
    /// 0), as the reader reveals them in order; nil past the last. `isCard`: the
    /// question is in the lesson's "Self-check" section, so it is a review card
    /// (see `SelfCheck.all`), not a question asked in passing.
    func selfCheck(at index: Int) -> (question: String, key: AnswerKey?, isCard: Bool)? {
        var question = ""
        var inSection = false
        var isCard = false
        var answers = -1
        for (position, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let text) where level == 2:
                inSection = text.trimmedOfSpaces == LintSettings.selfCheckSection
            case .question(let text):
                question = text
                isCard = inSection
            case .answer:
                answers += 1
                guard answers == index else { continue }
                // The key, if any, follows its answer.
                if position + 1 < blocks.count, case .answerKey(let text) = blocks[position + 1] {
                    return (question, AnswerKey(text), isCard)
                }
                return (question, nil, isCard)
            default:
                continue
            }
        }
        return nil
    }
}
