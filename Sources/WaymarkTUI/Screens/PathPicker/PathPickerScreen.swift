import WaymarkCore
import WaymarkCurriculum

/// The four paths with their shape and progress, and the Bootcamp as a prelude.
public struct PathPickerScreen: Sendable, Equatable {
    var cursor = ListCursor()

    public init(cursor: Int = 0) {
        self.cursor = ListCursor(index: cursor)
    }

    /// The paths, then the Bootcamp row last.
    func rowCount(_ app: AppContext) -> Int { app.curriculum.paths.count + 1 }
}

extension PathPickerScreen: ScreenModel {
    var title: String { "Path picker" }
    var screen: Screen { .picker(self) }
}
