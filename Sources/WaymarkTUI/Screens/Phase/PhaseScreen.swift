import WaymarkCore
import WaymarkCurriculum

/// One phase: its focus, key activities (with their lessons) and the deliverables
/// as a checklist with states and notes.
public struct PhaseScreen: Sendable, Equatable {
    public let phasePathID: String
    public let phaseIndex: Int
    var cursor = ListCursor()

    public init(pathID: String, phaseIndex: Int, cursor: Int = 0) {
        phasePathID = pathID
        self.phaseIndex = phaseIndex
        self.cursor = ListCursor(index: cursor)
    }

    /// The rows of the screen: activities first, then deliverables.
    enum Item: Equatable {
        case activity(Activity)
        case deliverable(Deliverable)
    }

    func phase(_ app: AppContext) -> Phase? {
        // The current plan, so the weeks shown are the re-planned ones.
        guard let path = app.path(phasePathID)?.effectivePlan(in: app.progress),
            path.phases.indices.contains(phaseIndex)
        else { return nil }
        return path.phases[phaseIndex]
    }

    func items(_ app: AppContext) -> [Item] {
        guard let phase = phase(app) else { return [] }
        return phase.activities.map(Item.activity) + phase.deliverables.map(Item.deliverable)
    }

    /// The deliverable under the cursor, if the cursor is on one.
    func selectedDeliverable(_ app: AppContext) -> Deliverable? {
        let items = items(app)
        guard items.indices.contains(cursor.index), case .deliverable(let deliverable) = items[cursor.index] else {
            return nil
        }
        return deliverable
    }
}

extension PhaseScreen: ScreenModel {
    var title: String { "Phase" }
    var screen: Screen { .phase(self) }
    var pathID: String? { phasePathID }
}
