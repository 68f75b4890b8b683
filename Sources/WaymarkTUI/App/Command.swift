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
    case revealAnswer, hideAnswers, nextLesson, previousLesson, nextMatch, previousMatch, toggleRead
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
    /// The plan screen: move the remaining phases later when behind.
    case replan
    // Spaced review: opened from anywhere, and its four answers (`nextCard` moves past a card logged as Again).
    case review
    case answerCard(ReviewRating)
    /// The reader: type the answer to the next question with a key.
    case answerNext
    /// The Today screen of the active path (a root command from anywhere).
    case today
    /// The reader: note an insight on this lesson in the journal.
    case addInsight
    // The first-run onboarding: leave it, step back, answer a prerequisite, change the weekly hours.
    case skip, previousStep
    case answer(Onboarding.Answer)
    case adjust(Int)
    /// The Guide: run the onboarding again.
    case onboarding
    /// The reader: scroll code blocks sideways by this many columns; the Predict prompt on or off.
    case scrollCode(Int)
    case togglePredict
    /// `waymark sync` from the view, in the background (a root command from anywhere).
    case sync
}
