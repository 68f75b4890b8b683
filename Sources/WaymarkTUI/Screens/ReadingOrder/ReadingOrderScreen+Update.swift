extension ReadingOrderScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        guard let order = order(app) else { return [] }
        if cursor.move(command, count: order.steps.count, page: ListCursor.page(app)) { return [] }
        guard command == .open, order.steps.indices.contains(cursor.index) else { return [] }
        let step = order.steps[cursor.index]
        guard let first = step.lessonIDs.first else {
            return [.message("This step links no lesson; it is a thing to do.", isError: false)]
        }
        return LessonScreen.open(first, in: order.lessonIDs, app)
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: order(app)?.steps.count ?? 0)
    }
}
