extension PhaseScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.enter, .right], .open, "open", inFooter: true),
            KeyBinding([.character("l")], .openLesson, "lessons; Enter opens steps"),
            KeyBinding([.character(" ")], .toggle, "done / not done", inFooter: true),
            KeyBinding([.character("i")], .markInProgress, "mark in progress", inFooter: true),
            KeyBinding([.character("s")], .markSkipped, "skip", inFooter: true),
            KeyBinding([.character("n")], .editNote, "note", inFooter: true),
            KeyBinding([.character("c")], .criteria, "success criteria", inFooter: true),
        ]
    }
}
