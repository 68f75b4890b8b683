import WaymarkCore
import WaymarkCurriculum

extension LessonsScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let rows = rows(app)
        if cursor.move(command, count: rows.count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard let row = selectedRow(app) else { return [] }
            return LessonScreen.open(row.lessonID, in: row.group.lessonIDs, app)
        case .switchGrouping:
            // The lesson under the cursor stays under it, at its first row in the new grouping.
            let lessonID = selectedRow(app)?.lessonID
            grouping = grouping == .path ? .tag : .path
            cursor.index = self.rows(app).firstIndex { $0.lessonID == lessonID } ?? 0
            refresh(app)
            return []
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: rows(app).count)
    }
}
