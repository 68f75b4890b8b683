import WaymarkCore
import WaymarkCurriculum

extension PathPickerScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        if cursor.move(command, count: rowCount(app), page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard cursor.index < app.curriculum.paths.count else { return [.push(.bootcamp(BootcampScreen()))] }
            let path = app.curriculum.paths[cursor.index]
            let change = ProgressChange.start(pathID: path.id, on: app.today, restart: false)
            var started = app.progress
            started.apply(change)
            var after = app
            after.progress = started
            let plan = PlanScreen(pathID: path.id, cursor: after.currentPhaseIndex(path))
            return [.change(change), .reset([.picker(self), .plan(plan)])]
        case .chooseForMe:
            return [.overlay(.chooser(ChooserOverlay()))]
        case .bootcamp:
            return [.push(.bootcamp(BootcampScreen()))]
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: rowCount(app))
    }

    /// Puts the cursor on a path (the chooser's recommendation).
    mutating func select(pathID: String, _ app: AppContext) {
        if let index = app.curriculum.paths.firstIndex(where: { $0.id == pathID }) { cursor.index = index }
    }
}
