import WaymarkCore
import WaymarkCurriculum

/// Everything that can change the app's state.
public enum Action: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The store saved; this is the progress now on disk (it may include edits
    /// made meanwhile by another instance).
    case saved(LearnerProgress)
    case saveFailed(String)
    /// The unsaved edits were written to this file; or could not be, for this reason.
    case sideFileWritten(String)
    case sideFileFailed(String)
    case searchIndexBuilt(SearchIndex)
    case lessonLoaded(id: String, markdown: String)
    case lessonFailed(id: String, message: String)
    case documentLoaded(file: String, markdown: String)
    case documentFailed(file: String, message: String)
    /// The ids of every review card of the lessons read (reading them is I/O, so
    /// the runner does it), and how many lessons were read when it did.
    case reviewDeckLoaded(cardIDs: [String], lessonsRead: Int)
    /// Time counted on a study screen by the runner's `StudyTimer`, to log.
    case studied(StudyEntry)
}
