extension StepsScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.character(" ")], .toggle, "step done / not done", inFooter: true),
            KeyBinding([.character("l")], .openLesson, "lessons", inFooter: true),
        ]
    }
}
