import WaymarkCore
import WaymarkCurriculum

extension TodayScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let report = report(app)
        let items = items(report)
        if cursor.move(command, count: items.count, page: ListCursor.page(app)) { return [] }
        guard command == .open, items.indices.contains(cursor.index), let report else { return [] }
        switch items[cursor.index] {
        case .reviews:
            return ReviewScreen.open(app)
        case .lesson(let id):
            return LessonScreen.open(id, in: app.lessonSequences[todayPathID] ?? [], app)
        case .deliverable(let id):
            guard let index = report.path.phases.firstIndex(where: { $0.deliverables.contains { $0.id == id } })
            else { return [] }
            let phase = report.path.phases[index]
            let row = phase.activities.count + (phase.deliverables.firstIndex { $0.id == id } ?? 0)
            return [.push(.phase(PhaseScreen(pathID: todayPathID, phaseIndex: index, cursor: row)))]
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: items(report(app)).count)
    }
}
