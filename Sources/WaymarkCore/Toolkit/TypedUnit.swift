/// A unit a learner can write after (or, for `$` and `p`, before) a number, and the
/// kind of quantity it belongs to. Every unit is known to every field, so `50ms`
/// typed as a rate is refused as "a time", not as gibberish.
enum TypedUnit: Equatable, Sendable {
    /// Multiply by this to get events per second.
    case rate(perSecond: Double)
    /// Multiply by this to get seconds.
    case time(seconds: Double)
    case percent
    case nines
    case times
    case currency
    case percentilePrefix

    /// The unit written as `text` (case and spaces do not matter), if any.
    static func named(_ text: String) -> TypedUnit? {
        let key = String(text.lowercased().filter { !$0.isWhitespace })
        return table[key]
    }

    /// "a rate", "a time": for the message when the unit does not fit the field.
    var measures: String {
        switch self {
        case .rate: return "a rate"
        case .time: return "a time"
        case .percent: return "a percentage"
        case .nines: return "a number of nines"
        case .times: return "a multiplier"
        case .currency: return "an amount of money"
        case .percentilePrefix: return "a percentile"
        }
    }

    private static let secondsPer: [String: Double] = [
        "ns": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9,
        "µs": 1e-6, "μs": 1e-6, "us": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
        "ms": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3,
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3_600, "hr": 3_600, "hrs": 3_600, "hour": 3_600, "hours": 3_600,
        "d": 86_400, "day": 86_400, "days": 86_400,
        "w": 604_800, "wk": 604_800, "week": 604_800, "weeks": 604_800,
    ]

    /// Rates: `/unit`, `per unit` and `req/unit` for every time unit above, plus the
    /// usual abbreviations.
    private static let table: [String: TypedUnit] = {
        var table: [String: TypedUnit] = [:]
        for (name, seconds) in secondsPer {
            table[name] = .time(seconds: seconds)
            for prefix in ["/", "per", "req/", "requests/", "ops/"] {
                table[prefix + name] = .rate(perSecond: 1 / seconds)
            }
        }
        for name in ["rps", "qps"] { table[name] = .rate(perSecond: 1) }
        table["rpm"] = .rate(perSecond: 1.0 / 60)
        table["%"] = .percent
        table["nines"] = .nines
        table["nine"] = .nines
        table["x"] = .times
        table["×"] = .times
        table["$"] = .currency
        table["p"] = .percentilePrefix
        return table
    }()
}
