import WaymarkCore
import WaymarkCurriculum

/// Work `update` asks the runner to do; the result comes back as an `Action`.
public enum Effect: Sendable, Equatable {
    /// Apply the changes to the saved progress (under the store's lock) and save.
    case save([ProgressChange])
    /// Save every unsaved change again (the learner asked, before quitting).
    case retrySave
    /// Write the progress with the unsaved changes to a file beside the progress
    /// file (or in the temporary directory), for when the file itself cannot be saved.
    case writeSideFile
    /// Read every body of the course into a search index (the first search only).
    case buildSearchIndex
    /// Read a lesson's body from the curriculum.
    case loadLesson(String)
    /// Read a reference card's body (a pattern, cheat sheet or recipe file).
    case loadDocument(String)
    /// Gather the review cards of every lesson read (reads their bodies).
    case loadReviewDeck
    /// Start a sync off the loop that reads keys; `.syncFinished` reports back.
    case sync
    case quit
}
