import WaymarkCore
import WaymarkCurriculum

extension PhaseScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let items = items(app)
        if cursor.move(command, count: items.count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .open, .openLesson:
            guard items.indices.contains(cursor.index) else { return [] }
            switch items[cursor.index] {
            case .activity(let activity):
                return Self.openLessons(activity.lessonIDs, title: activity.text, pathID: phasePathID, app)
            case .deliverable(let deliverable):
                // Enter opens a deliverable's checklist; l, and Enter where it has no
                // steps, open its lessons as before.
                if command == .open, !deliverable.steps.isEmpty {
                    return [.push(.steps(StepsScreen(pathID: phasePathID, deliverableID: deliverable.id)))]
                }
                return Self.openLessons(deliverable.lessonIDs, title: deliverable.title, pathID: phasePathID, app)
            }
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

    /// The one linked lesson opened at once, or a picker over several.
    static func openLessons(_ linked: [String], title: String, pathID: String, _ app: AppContext) -> [Outcome] {
        let lessons = linked.filter(app.curriculum.lessons.keys.contains)
        let sequence = app.lessonSequences[pathID] ?? []
        guard let first = lessons.first else { return [.message("No lesson is linked here.", isError: false)] }
        // One lesson opens at once; several are offered, so any of them can be read.
        guard lessons.count > 1 else { return LessonScreen.open(first, in: sequence, app) }
        return [.overlay(.lessonPicker(LessonPicker(title: title, lessonIDs: lessons, sequence: sequence)))]
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: items(app).count)
    }
}
