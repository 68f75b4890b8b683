import WaymarkCore
import WaymarkCurriculum

/// One deliverable's steps as a checklist: Space ticks the step under the cursor,
/// l opens the deliverable's lessons.
public struct StepsScreen: Sendable, Equatable {
    public let stepsPathID: String
    public let deliverableID: String
    var cursor = ListCursor()

    public init(pathID: String, deliverableID: String, cursor: Int = 0) {
        stepsPathID = pathID
        self.deliverableID = deliverableID
        self.cursor = ListCursor(index: cursor)
    }

    func deliverable(_ app: AppContext) -> Deliverable? { app.curriculum.deliverable(id: deliverableID)?.deliverable }
}

extension StepsScreen: ScreenModel {
    var title: String { "Steps" }
    var screen: Screen { .steps(self) }
    var pathID: String? { stepsPathID }
}
