/// What a field or an output measures. It decides which units a learner may type
/// (`Quantity`), how a value is shown (`UnitKind+Format`), and what is stored:
/// always the SI base unit, so seconds, events per second and plain fractions.
public enum UnitKind: String, Sendable, CaseIterable {
    /// An amount that need not be whole: items in a system, requests in a window.
    case count
    /// A whole number: servers, replicas, attempts.
    case wholeNumber
    /// Events per second.
    case rate
    /// Seconds.
    case duration
    /// The fraction of time a thing is up, in (0, 1].
    case availability
    /// A share, such as a target utilisation or a monthly growth, as a fraction.
    case fraction
    /// A latency percentile, strictly between 0 and 100: 99 is the p99.
    case percentile
    /// A multiplier, such as a peak-to-average ratio.
    case factor
    /// An amount of money, in whatever currency the prices are in.
    case money

    /// What a learner may type, for messages and the field list.
    public var example: String {
        switch self {
        case .count: return "a number such as 40"
        case .wholeNumber: return "a whole number such as 3"
        case .rate: return "a rate such as 800/s, 48000/min, 120 rps or 5/h"
        case .duration: return "a time such as 250us, 50ms, 2s, 5min, 1h or 30d"
        case .availability: return "an availability such as 99.95%, 0.9995 or 3.5 nines"
        case .fraction: return "a share such as 60% or 0.6"
        case .percentile: return "a percentile such as 99 or p99.9"
        case .factor: return "a multiplier such as 3 or 3x"
        case .money: return "an amount such as 0.096 or $0.096"
        }
    }

    /// The largest value any field of this kind accepts unless it says otherwise:
    /// beyond these a result is no longer a plan but a typo.
    var defaultMaximum: Double {
        switch self {
        case .count: return 1e15
        case .wholeNumber: return 1e6
        case .rate: return 1e12
        case .duration: return 100 * 365.25 * 86_400
        case .availability: return 1
        case .fraction: return 1
        case .percentile: return 100
        case .factor: return 1e6
        case .money: return 1e12
        }
    }
}
