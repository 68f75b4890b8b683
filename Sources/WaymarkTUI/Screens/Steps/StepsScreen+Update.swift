import WaymarkCore
import WaymarkCurriculum

extension StepsScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        guard let deliverable = deliverable(app) else { return [] }
        if cursor.move(command, count: deliverable.steps.count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .toggle:
            guard deliverable.steps.indices.contains(cursor.index) else { return [] }
            let step = deliverable.steps[cursor.index]
            let done = app.progress.steps[step.id]?.done == true
            return [.change(.setStep(stepID: step.id, done: !done, at: app.now))]
        case .openLesson, .open:
            return PhaseScreen.openLessons(
                deliverable.lessonIDs, title: deliverable.title, pathID: stepsPathID, app)
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: deliverable(app)?.steps.count ?? 0)
    }
}
