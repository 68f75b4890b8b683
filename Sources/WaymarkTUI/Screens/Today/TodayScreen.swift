import WaymarkCore
import WaymarkCurriculum

/// What to do today on the active path (see `TodayReport`): the screen Waymark
/// opens on once a path is started. Each row opens its own screen.
public struct TodayScreen: Sendable, Equatable {
    public let todayPathID: String
    var cursor = ListCursor()

    public init(pathID: String) {
        todayPathID = pathID
    }

    /// The rows that open something, in screen order.
    enum Item: Equatable {
        case reviews
        case lesson(String)
        case deliverable(String)
    }

    func report(_ app: AppContext) -> TodayReport? {
        guard app.progress.activePath == todayPathID else { return nil }
        return TodayReport(
            curriculum: app.curriculum, progress: app.progress, cardIDs: app.reviewDeck?.map(\.id) ?? [],
            today: app.today, now: app.now, zone: app.timeZone, memories: app.reviewMemories.byCard)
    }

    func items(_ report: TodayReport?) -> [Item] {
        guard let report else { return [] }
        return [.reviews] + report.nextLessons.map { .lesson($0.id) }
            + (report.deliverable.map { [.deliverable($0.id)] } ?? [])
    }
}

extension TodayScreen: ScreenModel {
    var title: String { "Today" }
    var screen: Screen { .today(self) }
    var pathID: String? { todayPathID }
}
