import WaymarkCore
import WaymarkCurriculum

extension PlanScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let count = app.path(planPathID)?.phases.count ?? 0
        if cursor.move(command, count: count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .open:
            guard cursor.index < count else { return [] }
            return [.push(.phase(PhaseScreen(pathID: planPathID, phaseIndex: cursor.index)))]
        case .bootcamp:
            return [.push(.bootcamp(BootcampScreen()))]
        case .criteria:
            return [.push(.criteria(CriteriaScreen(pathID: planPathID)))]
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: app.path(planPathID)?.phases.count ?? 0)
    }
}
