extension DocumentScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.pageDown, .character(" ")], .pageDown, "page down"),
            KeyBinding([.character("]")], .nextCard, "next \(kind.singular)", inFooter: true),
            KeyBinding([.character("[")], .previousCard, "previous \(kind.singular)", inFooter: true),
        ]
    }
}
