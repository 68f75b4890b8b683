extension LessonScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.pageDown, .character(" ")], .pageDown, "page down"),
            KeyBinding([.character("r")], .revealAnswer, "reveal answer", inFooter: true),
            KeyBinding([.character("R")], .hideAnswers, "hide the answers again"),
            KeyBinding([.character("x")], .toggleRead, "mark read / unread"),
            KeyBinding([.character("a")], .answerNext, "answer the next question"),
            KeyBinding([.character("]")], .nextLesson, "next lesson", inFooter: true),
            KeyBinding([.character("[")], .previousLesson, "previous", inFooter: true),
            KeyBinding([.character("P")], .openPrerequisite, "open a prerequisite"),
            KeyBinding([.character("n")], .nextMatch, "next match of the search"),
            KeyBinding([.character("N")], .previousMatch, "previous match of the search"),
            KeyBinding([.character("t")], .termsOnScreen, "terms", inFooter: true),
            KeyBinding([.right, .character("l")], .scrollCode(1), "scroll code right"),
            KeyBinding([.character("z")], .togglePredict, "Predict prompts on / off"),
        ] + codeKeys + CalculatorsScreen.keys(onLesson: lessonID) + [
            // After the calculator: a narrow footer drops the journal's hint first.
            KeyBinding([.character("i")], .addInsight, "insight for the journal", inFooter: true)
        ]
    }

    /// ← and h go back, as everywhere, until code is scrolled: then they scroll it back first.
    private var codeKeys: [KeyBinding] {
        codeOffset > 0 ? [KeyBinding([.left, .character("h")], .scrollCode(-1), "scroll code left")] : []
    }
}
