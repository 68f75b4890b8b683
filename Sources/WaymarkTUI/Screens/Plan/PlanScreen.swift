import WaymarkCore
import WaymarkCurriculum

/// A path's plan: where the learner stands, what is next, and every phase with its
/// progress; the phase of the current week is marked.
public struct PlanScreen: Sendable, Equatable {
    public let planPathID: String
    var cursor = ListCursor()

    public init(pathID: String, cursor: Int = 0) {
        planPathID = pathID
        self.cursor = ListCursor(index: cursor)
    }
}

extension PlanScreen: ScreenModel {
    var title: String { "Path plan" }
    var screen: Screen { .plan(self) }
    var pathID: String? { planPathID }
}
