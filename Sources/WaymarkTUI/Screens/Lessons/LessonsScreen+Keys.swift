extension LessonsScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "open", inFooter: true),
            KeyBinding(
                [.character("t")], .switchGrouping, grouping == .path ? "group by tag" : "group by path",
                inFooter: true),
        ]
    }
}
