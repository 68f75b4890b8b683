import Foundation
import WaymarkCore

extension CriteriaScreen {
    /// How long a rating stands before the criterion is offered for rating again:
    /// what one felt confident about a fortnight ago is worth checking (issue 16).
    static let reratingDays = 14

    /// "rated 17 days ago — rate again?" for a criterion whose last rating is more
    /// than two weeks before `today`; nil for one rated since, or never.
    static func reratingOffer(lastRatedAt: Date?, today: Day, in zone: LocalZone) -> String? {
        guard let lastRatedAt else { return nil }
        let days = Day(lastRatedAt, in: zone).days(until: today)
        guard days > reratingDays else { return nil }
        return "rated \(days) days ago — rate again?"
    }
}
