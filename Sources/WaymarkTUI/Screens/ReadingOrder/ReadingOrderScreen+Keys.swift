extension ReadingOrderScreen {
    var keys: [KeyBinding] {
        [KeyBinding([.enter, .right, .character("l")], .open, "read the step", inFooter: true)]
    }
}
