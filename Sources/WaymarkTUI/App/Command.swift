import WaymarkCore

/// What a key asks for, independent of which key it was.
public enum Command: Sendable, Equatable {
    // Handled by the root on every screen.
    case quit, help, back, pathPicker, search, library, calculators, guide
    // Movement, handled by each screen in its own way.
    case up, down, pageUp, pageDown, first, last
    // Screen commands.
    case open, toggle, criteria, bootcamp, chooseForMe, startPath
    case markInProgress, markSkipped, editNote
    case revealAnswer, hideAnswers, nextLesson, previousLesson, nextMatch, previousMatch
    case rate(SelfRating)
    case undoRating
    // The reference shelf.
    case lawFilter, nextCard, previousCard, openLesson, nextRelated, stepBack, termsOnScreen
    // Calculators.
    case attach, clearField
    /// A key taken as text by a screen with a field in focus: the key is the content.
    case edit(Key)
    // The lesson library (a root command from anywhere), its grouping, and the reader's prerequisite.
    case lessons, switchGrouping, openPrerequisite
}
