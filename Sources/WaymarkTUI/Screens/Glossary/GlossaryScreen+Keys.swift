extension GlossaryScreen {
    var keys: [KeyBinding] {
        [KeyBinding([.enter, .right, .character("l")], .open, "open what teaches it", inFooter: true)]
    }
}
