import WaymarkCore
import WaymarkCurriculum

/// Work `update` asks the runner to do; the result comes back as an `Action`.
public enum Effect: Sendable, Equatable {
    /// Apply the changes to the saved progress (under the store's lock) and save.
    case save([ProgressChange])
    /// Read a lesson's body from the curriculum.
    case loadLesson(String)
    case quit
}
