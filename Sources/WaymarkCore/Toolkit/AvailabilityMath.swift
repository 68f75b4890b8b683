import Foundation

/// Availability as probability: nines as downtime, components in series, k-of-n
/// redundancy. Every formula assumes components fail independently, which is the
/// assumption Law 1 (correlated failure) says real systems break.
public enum AvailabilityMath {
    public static let day = 86_400.0
    /// The Julian year the downtime tables use: 365.25 days.
    public static let year = 365.25 * day

    /// The periods downtime is given for, as in the SRE book's availability table: a
    /// quarter of 90 days, a month of 30.
    public static let periods: [(name: String, seconds: Double)] = [
        ("Year", year), ("Quarter", 90 * day), ("Month", 30 * day), ("Week", 7 * day), ("Day", day),
    ]

    /// The time a service at `availability` may be down in `period` seconds.
    public static func downtime(availability: Double, over period: Double) -> Double {
        (1 - availability) * period
    }

    /// How many nines: 3 for 99.9%, about 3.3 for 99.95%; nil for exactly 100%.
    public static func nines(_ availability: Double) -> Double? {
        availability < 1 ? -log10(1 - availability) : nil
    }

    /// All of `components` must be up: the product. Never above the weakest.
    public static func series(_ components: [Double]) -> Double {
        components.reduce(1, *)
    }

    /// At least `required` of `replicas` must be up, each failing independently.
    /// Works with the chance of too few being up, so 1 − 10⁻¹² keeps its digits.
    public static func parallel(_ replicas: [Double], required: Int = 1) -> Double {
        1 - parallelUnavailability(replicas, required: required)
    }

    /// The chance that fewer than `required` of `replicas` are up.
    public static func parallelUnavailability(_ replicas: [Double], required: Int = 1) -> Double {
        guard required > 0 else { return 0 }
        guard required <= replicas.count else { return 1 }
        // up[j]: the chance that exactly j of the replicas seen so far are up, for j < required.
        var up = [1.0] + Array(repeating: 0.0, count: required - 1)
        for availability in replicas {
            for count in stride(from: required - 1, through: 0, by: -1) {
                up[count] = up[count] * (1 - availability) + (count > 0 ? up[count - 1] * availability : 0)
            }
        }
        return up.reduce(0, +)
    }
}
