extension GuideScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right, .character("l")], .open, "open the order or place", inFooter: true),
            KeyBinding([.character("w")], .onboarding, "welcome", inFooter: true),
        ]
    }
}
