extension PlanScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "open", inFooter: true),
            KeyBinding([.character("s")], .startPath, "start path", inFooter: true),
            KeyBinding([.character("b")], .bootcamp, KeyBinding.prelude, inFooter: true),
            KeyBinding([.character("c")], .criteria, "success criteria", inFooter: true),
            KeyBinding([.character("L")], .library, "library", inFooter: true),
            KeyBinding([.character("R")], .replan, "re-plan from this week (when behind)"),
        ]
    }
}
