import Foundation

extension PortfolioBuilder {
    /// `reviews.md`: how spaced review has gone, from the review log alone. "Due
    /// soon" counts from the last review, not from the day the page is written, so
    /// the page is the same whenever it is written again.
    var reviewsPage: [String] {
        let reviews = progress.reviews
        var out = ["# Review statistics", "", "[Back to the portfolio](index.md)", ""]
        guard let firstAt = reviews.map(\.at).min(), let lastAt = reviews.map(\.at).max() else {
            out.append("No reviews yet.")
            return out
        }
        let remembered = reviews.filter { $0.rating == .good || $0.rating == .easy }.count
        let memories = ReviewLog.memories(reviews)
        let horizon = lastAt.addingTimeInterval(7 * 86_400)
        let dueSoon = memories.values.filter { $0.due <= horizon }.count
        out += [
            "From \(day(firstAt)) to \(day(lastAt)).", "",
            "- Cards reviewed: \(memories.count)",
            "- Reviews: \(reviews.count)",
            "- Retention: \(Self.percent(remembered, of: reviews.count))% of answers were Good or Easy "
                + "(\(remembered) of \(reviews.count))",
            "- Due within 7 days of the last review (\(day(lastAt))): "
                + Self.count(dueSoon, "card", "cards"),
            "",
            "| Answer | Count |", "| --- | --- |",
        ]
        for rating in ReviewRating.allCases {
            out.append("| \(rating.rawValue.capitalized) | \(reviews.filter { $0.rating == rating }.count) |")
        }
        out += ["", "## Reviews per week", "", "| Week of | Reviews | Good or Easy |", "| --- | --- | --- |"]
        var byWeek: [Day: (all: Int, remembered: Int)] = [:]
        for review in reviews {
            let monday = Self.monday(of: day(review.at))
            let counted = review.rating == .good || review.rating == .easy ? 1 : 0
            byWeek[monday, default: (0, 0)].all += 1
            byWeek[monday, default: (0, 0)].remembered += counted
        }
        for week in byWeek.keys.sorted() {
            let counts = byWeek[week] ?? (0, 0)
            out.append("| \(week) | \(counts.all) | \(Self.percent(counts.remembered, of: counts.all))% |")
        }
        return out
    }

    /// The Monday on or before `day`: weeks of the calendar, as a learner counts them.
    static func monday(of day: Day) -> Day {
        // 1970-01-01, ordinal 0, was a Thursday: three days after a Monday.
        let sinceMonday = ((day.ordinal + 3) % 7 + 7) % 7
        return day.adding(days: -sinceMonday)
    }

    /// Whole percent, rounded to the nearest, by integers so it never varies.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : (part * 200 + whole) / (whole * 2)
    }
}
