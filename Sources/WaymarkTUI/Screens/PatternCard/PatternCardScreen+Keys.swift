extension PatternCardScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.pageDown, .character(" ")], .pageDown, "page down"),
            KeyBinding([.enter], .open, "open related", inFooter: true),
            KeyBinding([.character("r")], .nextRelated, "next related", inFooter: true),
            KeyBinding([.character("l")], .openLesson, "lesson", inFooter: true),
            KeyBinding([.character("]")], .nextCard, "next card", inFooter: true),
            KeyBinding([.character("[")], .previousCard, "previous card", inFooter: true),
        ]
    }
}
