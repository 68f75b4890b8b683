import WaymarkCore

/// All a screen may ask of the root: navigation, a progress change, a message, a
/// lesson body, an overlay. The root carries them out, in order.
public enum Outcome: Sendable, Equatable {
    case push(Screen)
    case pop
    /// Replaces the whole stack (starting a path opens its plan over the picker).
    case reset([Screen])
    case change(ProgressChange)
    case message(String, isError: Bool)
    case loadLesson(String)
    /// The reader's layout of a lesson it is leaving, kept for its return.
    case keepLayout(LessonLayout)
    /// A reference card's body, by file.
    case loadDocument(String)
    case overlay(Overlay)
    /// Read the review deck afresh (the cards of every lesson read).
    case loadReviewDeck
    /// A command for the screen on top, as if its key were pressed: the reader reveals an answer checked in an overlay.
    case command(Command)
    /// The chooser's answer: the picker highlights this path.
    case recommend(String)
}
