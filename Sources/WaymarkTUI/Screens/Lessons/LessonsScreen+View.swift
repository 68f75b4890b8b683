import WaymarkCore
import WaymarkCurriculum

extension LessonsScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let groups = groups(app)
        let read = app.curriculum.lessons.keys.filter { app.progress.lessonsRead[$0] != nil }.count
        let total = app.curriculum.lessons.count
        guard total > 0 else {
            frame.put("This course has no lessons.", x: 2, y: region.top, style: .muted)
            return
        }
        let summary =
            grouping == .path
            ? "\(total) lessons · \(read) read · t groups them by tag"
            : "\(total) lessons · \(read) read · \(groups.count) tags · t groups them by path"
        frame.put(summary, x: 2, y: region.top, style: .muted, limit: region.width - 3)
        // The list puts a one-column marker before each line and keeps a column free at
        // the edge; a row also leaves room for the "↓ more" the list draws over its last line.
        let width = region.width - 3 - 8
        var entries: [ListView.Entry] = []
        var item = 0
        for (index, group) in groups.enumerated() {
            let groupRead = group.lessonIDs.filter { app.progress.lessonsRead[$0] != nil }.count
            let heading: StyledLine = [
                Span(group.title, .heading), Span("  \(Self.count(group.lessonIDs.count)) · \(groupRead) read", .muted),
            ]
            entries.append(.init(lines: (index == 0 ? [] : [[]]) + [heading], item: nil))
            for id in group.lessonIDs {
                entries.append(.init(lines: [row(id, app, width: width)], item: item))
                item += 1
            }
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(2), into: &frame)
    }

    /// "1 lesson", "5 lessons".
    static func count(_ lessons: Int) -> String { lessons == 1 ? "1 lesson" : "\(lessons) lessons" }

    /// "✓ Title  7 min  needs: A, B", cut with "…" to `width`; the title and length
    /// come first, so they are what stays.
    private func row(_ id: String, _ app: AppContext, width: Int) -> StyledLine {
        guard let lesson = app.curriculum.lesson(id: id) else { return [Span(id)] }
        let isRead = app.progress.lessonsRead[id] != nil
        let minutes = "  \(lesson.minutes) min"
        var line: StyledLine = [
            Span(isRead ? "✓ " : "  ", CellStyle(role: .good, bold: true)),
            Span(DisplayWidth.truncate(lesson.title, to: max(1, width - 2 - DisplayWidth.of(minutes)))),
            Span(minutes, .muted),
        ]
        let unread = LessonPrerequisites(of: id, app).unread
        let needs = Span("  needs: " + unread.map(\.title).joined(separator: ", "), CellStyle(role: .warning))
        // Only with room for a word of it: a lone "needs: …" says nothing.
        if !unread.isEmpty, line.width + 12 <= width { line.append(needs) }
        return LessonPrerequisites.fitted(line, to: width)
    }
}
