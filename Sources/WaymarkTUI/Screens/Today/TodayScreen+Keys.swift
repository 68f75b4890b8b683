extension TodayScreen {
    var keys: [KeyBinding] {
        [KeyBinding([.enter, .right, .character("l")], .open, "open", inFooter: true)]
    }
}
