import Foundation
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
    /// The file changed outside this view (another terminal, a sync): what it holds now.
    case changedOnDisk(LearnerProgress)
    /// The unsaved edits were written to this file; or could not be, for this reason.
    case sideFileWritten(String)
    case sideFileFailed(String)
    case searchIndexBuilt(SearchIndex)
    case lessonLoaded(id: String, markdown: String)
    case lessonFailed(id: String, message: String)
    case documentLoaded(file: String, markdown: String)
    case documentFailed(file: String, message: String)
    case reviewDeckLoaded([ReviewCard])
    /// Time counted on a study screen by the runner's `StudyTimer`, to log.
    case studied(StudyEntry)
    /// A sync started with `S` ended: its one-line result, when the last good one
    /// finished, and the remote now set (it may have been set meanwhile from a shell).
    case syncFinished(message: String, failed: Bool, lastSynced: Date?, remote: String?)
}
