import Foundation

/// The tail at scale (Dean and Barroso, 2013): a request that waits for all of N
/// backends is slow whenever any one of them is.
public enum Fanout {
    static let backends = Field("backends", "Backends per request N", .wholeNumber, minimum: 1)
    static let percentile = Field("percentile", "Backend latency percentile", .percentile, default: "99")
    static let target = Field("target", "Share of requests allowed to be slow", .fraction, maximum: 0.99)

    public static let calculator = Calculator(
        id: "fanout", title: "Fan-out and the tail", lessonID: "performance-modelling",
        summary: "How often a request touching N backends meets one slower than their p-th percentile, and the fix.",
        fields: [backends, percentile, target],
        example: [("backends", "100"), ("percentile", "99")], compute: compute)

    /// The chance that at least one of `backends` independent backends answers slower
    /// than its `percentile`: 1 − (p/100)^N, computed without losing digits.
    public static func probabilitySlow(backends: Int, percentile: Double) -> Double {
        -expm1(Double(backends) * log1p(-(100 - percentile) / 100))
    }

    /// The backend percentile that keeps the share of slow fanned-out requests to
    /// `slowShare`: 100 × (1 − share)^(1/N).
    public static func requiredPercentile(backends: Int, slowShare: Double) -> Double {
        100 * exp(log1p(-slowShare) / Double(backends))
    }

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let n = Int(try inputs.require(backends))
        let p = try inputs.require(percentile)
        // Left out, the target is the backends' own tail: the request as a whole at the p-th percentile.
        let allowed = inputs[target] ?? (100 - p) / 100
        let slow = probabilitySlow(backends: n, percentile: p)
        let needed = requiredPercentile(backends: n, slowShare: allowed)
        let share = UnitKind.fraction.format
        let shown = UnitKind.percentile.format
        let outputs = [
            Output("probabilitySlow", "Requests meeting a slow backend", slow, .fraction),
            Output("requiredPercentile", "Backend percentile needed", needed, .percentile),
        ]
        let formula = [
            "P(slow) = 1 − (p / 100)^N = 1 − \(NumberText.significant(p / 100, digits: 8))^\(n) = \(share(slow))",
            "needed = 100 × (1 − target)^(1/N) = 100 × (1 − \(share(allowed)))^(1/\(n)) = \(shown(needed))",
        ]
        let reading =
            "A request that waits for all \(n) backends meets at least one response slower than their \(shown(p)) "
            + "\(share(slow)) of the time; to keep that to \(share(allowed)), each backend must be that fast at its "
            + "\(shown(needed))."
        var warnings: [String] = []
        if slow > 0.5 {
            warnings.append(
                "Most requests now wait on some backend's tail. Remedies from \"The Tail at Scale\": hedged or tied "
                    + "requests, and answering with the backends that replied in time.")
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading, warnings: warnings)
    }
}
