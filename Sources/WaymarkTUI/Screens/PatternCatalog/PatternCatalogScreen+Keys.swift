extension PatternCatalogScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "open", inFooter: true),
            KeyBinding([.character("f")], .lawFilter, "filter by law", inFooter: true),
        ]
    }
}
