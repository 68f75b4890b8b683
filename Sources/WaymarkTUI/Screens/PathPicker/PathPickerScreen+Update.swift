import WaymarkCore
import WaymarkCurriculum

extension PathPickerScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        if cursor.move(command, count: rowCount(app), page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            // Looking is not starting: the plan opens as it is, and s there starts it.
            guard cursor.index < app.curriculum.paths.count else { return [.push(.bootcamp(BootcampScreen()))] }
            let path = app.curriculum.paths[cursor.index]
            return [.push(.plan(PlanScreen(pathID: path.id, cursor: app.currentPhaseIndex(path))))]
        case .startPath:
            guard cursor.index < app.curriculum.paths.count else { return [] }
            return PlanScreen.start(app.curriculum.paths[cursor.index], from: self, app)
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
