import WaymarkCore
import WaymarkCurriculum

/// Every lesson of the course, grouped by path (the default) or by tag: each with
/// ✓ once read, its length, and the prerequisites still unread. Enter opens a
/// lesson so that ] and [ walk the group it was opened from.
public struct LessonsScreen: Sendable, Equatable {
    public var grouping: LessonLibrary.Grouping
    var cursor = ListCursor()

    public init(grouping: LessonLibrary.Grouping = .path, cursor: Int = 0) {
        self.grouping = grouping
        self.cursor = ListCursor(index: cursor)
    }

    /// One selectable row: a lesson within one group. A lesson on several paths has
    /// a row under each.
    struct Row: Equatable {
        var group: LessonLibrary.Group
        var lessonID: String
    }

    func groups(_ app: AppContext) -> [LessonLibrary.Group] {
        LessonLibrary(app).groups(grouping)
    }

    func rows(_ app: AppContext) -> [Row] {
        groups(app).flatMap { group in group.lessonIDs.map { Row(group: group, lessonID: $0) } }
    }

    /// The row under the cursor, if there is any row at all.
    func selectedRow(_ app: AppContext) -> Row? {
        let rows = rows(app)
        return rows.indices.contains(cursor.index) ? rows[cursor.index] : nil
    }
}

extension LessonsScreen: ScreenModel {
    var title: String { "Lessons" }
    var screen: Screen { .lessons(self) }

    func subtitle(_ app: AppContext) -> String? { grouping == .path ? "by path" : "by tag" }
}
