extension PlanScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "open", inFooter: true),
            KeyBinding([.character("b")], .bootcamp, "Bootcamp", inFooter: true),
            KeyBinding([.character("c")], .criteria, "success criteria", inFooter: true),
            KeyBinding([.character("L")], .library, "library", inFooter: true),
        ]
    }
}
