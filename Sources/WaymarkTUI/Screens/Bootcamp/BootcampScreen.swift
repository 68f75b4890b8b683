import WaymarkCore
import WaymarkCurriculum

/// The Bootcamp's steps; Enter opens a step's lesson.
public struct BootcampScreen: Sendable, Equatable {
    var cursor = ListCursor()

    public init(cursor: Int = 0) {
        self.cursor = ListCursor(index: cursor)
    }
}

extension BootcampScreen: ScreenModel {
    var title: String { KeyBinding.prelude }
    var screen: Screen { .bootcamp(self) }
}
