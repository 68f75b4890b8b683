extension UnitKind {
    /// `value`, held in this kind's SI base unit, as a person reads it: "50 ms",
    /// "800/s", "99.99%", "p99.9", "27x". NaN and infinity never reach here: the
    /// calculators refuse inputs that would produce them.
    public func format(_ value: Double) -> String {
        switch self {
        case .count, .wholeNumber: return NumberText.significant(value)
        case .rate: return Self.rate(value)
        case .duration: return Self.duration(value)
        case .availability: return NumberText.percentNearOne(value) + "%"
        case .fraction: return NumberText.significant(value * 100) + "%"
        case .percentile: return "p" + NumberText.percentNearOne(value / 100)
        case .factor: return NumberText.significant(value) + "x"
        case .money:
            return value >= 1 ? NumberText.fixed(value, decimals: 2, keepZeros: true) : NumberText.significant(value)
        }
    }

    private static func rate(_ perSecond: Double) -> String {
        if perSecond != 0, perSecond < 0.01 { return NumberText.significant(perSecond * 3_600) + "/h" }
        return NumberText.significant(perSecond) + "/s"
    }

    /// In whole days or whole hours when it is one (a 30 d window, a 730 h month),
    /// else in the largest unit that keeps the number at least 1.
    private static func duration(_ seconds: Double) -> String {
        guard seconds != 0 else { return "0 s" }
        let days = seconds / 86_400
        let hours = seconds / 3_600
        if days >= 1, days == days.rounded() { return NumberText.significant(days) + " d" }
        if hours >= 1, hours == hours.rounded(), hours < 10_000 { return NumberText.significant(hours) + " h" }
        let units: [(limit: Double, scale: Double, name: String)] = [
            (1e-3, 1e6, "µs"), (1, 1e3, "ms"), (60, 1, "s"), (3_600, 1.0 / 60, "min"), (86_400, 1.0 / 3_600, "h"),
        ]
        // Nudged up by the rounding to four digits, so 0.99999 s reads "1 s", not "1000 ms".
        for unit in units where seconds * (1 + 5e-5) < unit.limit {
            return NumberText.significant(seconds * unit.scale) + " " + unit.name
        }
        return NumberText.significant(days) + " d"
    }
}
