extension CriteriaScreen {
    var keys: [KeyBinding] {
        [
            KeyBinding([.character("n")], .editNote, "evidence", inFooter: true),
            KeyBinding([.character("1")], .rate(.notYet), "not yet", inFooter: true),
            KeyBinding([.character("2")], .rate(.partly), "partly", inFooter: true),
            KeyBinding([.character("3")], .rate(.confident), "confident", inFooter: true),
            KeyBinding([.character("u")], .undoRating, "undo rating", inFooter: true),
        ]
    }
}
