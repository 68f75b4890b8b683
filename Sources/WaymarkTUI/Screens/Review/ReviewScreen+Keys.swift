extension ReviewScreen {
    /// While an answer is typed, letters and digits are text, so Enter checks and
    /// Esc is the only way back; once revealed, 1 to 4 rate the card.
    var keys: [KeyBinding] {
        if isTyping {
            return [
                KeyBinding([.enter], .open, "check the answer (empty: just reveal)", inFooter: true),
                KeyBinding([.escape], .back, "back", inFooter: true),
                KeyBinding([.character("?")], .help, "help", inFooter: true),
            ]
        }
        switch stage {
        case .asking:
            return [KeyBinding([.character(" "), .enter], .revealAnswer, "reveal the answer", inFooter: true)]
        case .revealed:
            return [
                KeyBinding([.character("1")], .answerCard(.again), "again: forgot it", inFooter: true),
                KeyBinding([.character("2")], .answerCard(.hard), "hard", inFooter: true),
                KeyBinding([.character("3")], .answerCard(.good), "good", inFooter: true),
                KeyBinding([.character("4")], .answerCard(.easy), "easy", inFooter: true),
            ]
        case .loggedAgain:
            return [KeyBinding([.character(" "), .enter], .nextCard, "next card", inFooter: true)]
        }
    }
}
