extension OnboardingScreen {
    /// Esc leaves the onboarding (it is not a screen to go back through); ← and
    /// Backspace go back a step, except on the schedule, where ← and → set the hours.
    var keys: [KeyBinding] {
        var keys: [KeyBinding] = []
        switch step {
        case .welcome:
            keys.append(KeyBinding([.enter, .right, .character("l")], .open, "start", inFooter: true))
        case .prerequisites:
            keys += [
                KeyBinding([.character("y")], .answer(.have), "I have this", inFooter: true),
                KeyBinding([.character("n")], .answer(.notYet), "not yet", inFooter: true),
                KeyBinding([.character(" ")], .toggle, "switch the answer"),
                KeyBinding([.enter, .right, .character("l")], .open, "next", inFooter: true),
            ]
        case .profile, .path:
            keys.append(KeyBinding([.enter, .right, .character("l")], .open, "choose", inFooter: true))
        case .schedule:
            keys += [
                KeyBinding([.right, .character("+"), .character("="), .character("l")], .adjust(1), "more hours"),
                KeyBinding([.left, .character("-"), .character("h")], .adjust(-1), "fewer hours"),
                KeyBinding([.enter], .open, "next", inFooter: true),
            ]
        case .begin:
            keys.append(KeyBinding([.enter], .open, "begin", inFooter: true))
        }
        if step == .schedule {
            keys.append(KeyBinding([.backspace], .previousStep, "previous step", inFooter: true))
        } else if step != .welcome {
            keys.append(
                KeyBinding([.left, .character("h"), .backspace], .previousStep, "previous step", inFooter: true))
        }
        keys.append(KeyBinding([.character("s"), .escape], .skip, isReopened ? "close" : "skip", inFooter: true))
        return keys
    }
}
