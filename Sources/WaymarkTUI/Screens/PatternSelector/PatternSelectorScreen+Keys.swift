extension PatternSelectorScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "choose / open the card", inFooter: true),
            // The global back keys, taken so that back goes up one question first.
            KeyBinding([.escape, .left, .character("h"), .backspace], .stepBack, "back a step", inFooter: true),
        ]
    }
}
