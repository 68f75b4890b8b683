import WaymarkCore
import WaymarkCurriculum

extension PhaseScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let items = items(app)
        if cursor.move(command, count: items.count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard items.indices.contains(cursor.index) else { return [] }
            let lessons: [String]
            switch items[cursor.index] {
            case .activity(let activity): lessons = activity.lessonIDs
            case .deliverable(let deliverable): lessons = deliverable.lessonIDs
            }
            guard let first = lessons.first(where: app.curriculum.lessons.keys.contains) else {
                return [.message("No lesson is linked here.", isError: false)]
            }
            return LessonScreen.open(first, in: app.lessonSequences[phasePathID] ?? [], app)
        case .toggle:
            guard let deliverable = selectedDeliverable(app) else { return [] }
            let next: DeliverableState = app.progress.state(of: deliverable.id) == .done ? .todo : .done
            return [.change(.setState(deliverableID: deliverable.id, next, at: app.now))]
        case .markInProgress, .markSkipped:
            guard let deliverable = selectedDeliverable(app) else { return [] }
            let target: DeliverableState = command == .markSkipped ? .skipped : .inProgress
            let next: DeliverableState = app.progress.state(of: deliverable.id) == target ? .todo : target
            return [.change(.setState(deliverableID: deliverable.id, next, at: app.now))]
        case .editNote:
            guard let deliverable = selectedDeliverable(app) else {
                return [.message("Select a deliverable to add a note.", isError: false)]
            }
            let note = app.progress.deliverables[deliverable.id]?.note ?? ""
            return [
                .overlay(
                    .noteEditor(
                        NoteEditor(
                            target: .deliverableNote(deliverable.id), prompt: "Note on \(deliverable.title)", text: note
                        )))
            ]
        case .criteria:
            return [.push(.criteria(CriteriaScreen(pathID: phasePathID)))]
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: items(app).count)
    }
}
