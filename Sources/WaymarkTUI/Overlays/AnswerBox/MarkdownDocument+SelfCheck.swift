import WaymarkCurriculum

extension MarkdownDocument {
    /// The question and key of the self-check whose answer is the `index`th (from
    /// 0), as the reader reveals them in order; nil past the last.
    func selfCheck(at index: Int) -> (question: String, key: AnswerKey?)? {
        var question = ""
        var answers = -1
        for (position, block) in blocks.enumerated() {
            switch block {
            case .question(let text):
                question = text
            case .answer:
                answers += 1
                guard answers == index else { continue }
                // The key, if any, follows its answer.
                if position + 1 < blocks.count, case .answerKey(let text) = blocks[position + 1] {
                    return (question, AnswerKey(text))
                }
                return (question, nil)
            default:
                continue
            }
        }
        return nil
    }
}
