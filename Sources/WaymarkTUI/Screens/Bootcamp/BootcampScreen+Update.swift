import WaymarkCore
import WaymarkCurriculum

extension BootcampScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let steps = app.curriculum.bootcamp.steps
        if cursor.move(command, count: steps.count, page: ListCursor.page(app)) { return [] }
        guard command == .open, steps.indices.contains(cursor.index),
            let first = steps[cursor.index].lessonIDs.first
        else { return [] }
        return LessonScreen.open(first, in: app.bootcampSequence, app)
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: app.curriculum.bootcamp.steps.count)
    }
}
