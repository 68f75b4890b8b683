import WaymarkCore
import WaymarkCurriculum

/// A path's success criteria with the latest self-rating and its history.
public struct CriteriaScreen: Sendable, Equatable {
    public let criteriaPathID: String
    var cursor = ListCursor()

    public init(pathID: String, cursor: Int = 0) {
        criteriaPathID = pathID
        self.cursor = ListCursor(index: cursor)
    }

    func selectedCriterion(_ app: AppContext) -> SuccessCriterion? {
        guard let path = app.path(criteriaPathID), path.successCriteria.indices.contains(cursor.index) else {
            return nil
        }
        return path.successCriteria[cursor.index]
    }
}

extension CriteriaScreen: ScreenModel {
    var title: String { "Success criteria" }
    var screen: Screen { .criteria(self) }
    var pathID: String? { criteriaPathID }
}
