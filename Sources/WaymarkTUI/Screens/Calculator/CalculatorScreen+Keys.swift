extension CalculatorScreen {
    /// Letters, digits and the readline keys are the field's text here, so every
    /// command sits on a key that cannot be typed into a field.
    var keys: [KeyBinding] {
        [
            KeyBinding([.tab, .down, .enter], .down, "next field", inFooter: true),
            KeyBinding([.up], .up, "previous field"),
            KeyBinding([.control("t")], .attach, "attach to a deliverable", inFooter: true),
            KeyBinding([.control("o")], .openLesson, "open the lesson", inFooter: true),
            KeyBinding([.control("u")], .clearField, "clear the field", inFooter: true),
            KeyBinding([.pageDown], .pageDown, "scroll the result down"),
            KeyBinding([.pageUp], .pageUp, "scroll the result up"),
            // Esc alone of the ways back, since ←, h and Backspace edit; listed here
            // so the footer keeps its usual order, back before help.
            KeyBinding([.escape], .back, "back", inFooter: true),
            // No quantity has a question mark in it.
            KeyBinding([.character("?")], .help, "help", inFooter: true),
        ]
    }
}
