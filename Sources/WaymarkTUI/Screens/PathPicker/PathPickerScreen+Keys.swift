extension PathPickerScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "see plan", inFooter: true),
            KeyBinding([.character("s")], .startPath, "start path", inFooter: true),
            KeyBinding([.character("w")], .chooseForMe, "help me choose", inFooter: true),
            KeyBinding([.character("b")], .bootcamp, KeyBinding.prelude, inFooter: true),
            KeyBinding([.character("L")], .library, "library", inFooter: true),
        ]
    }
}
