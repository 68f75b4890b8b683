import Foundation

/// How retries multiply load: k attempts at each of d layers turn one request into
/// up to k^d calls at the bottom, exactly when the bottom is failing.
public enum RetryAmplification {
    static let attempts = Field("attempts", "Attempts per layer k", .wholeNumber, minimum: 1, maximum: 100)
    static let layers = Field("layers", "Layers that retry d", .wholeNumber, default: "1", minimum: 1, maximum: 20)
    static let budget = Field("budget", "Retry budget, as a share of requests", .fraction, allowsZero: true)

    public static let calculator = Calculator(
        id: "retry", title: "Retry amplification", lessonID: "retries-backoff-jitter",
        summary: "The load k attempts per layer across d layers put on the bottom layer, with and without a budget.",
        fields: [attempts, layers, budget],
        example: [("attempts", "3"), ("layers", "3"), ("budget", "10%")], compute: compute)

    /// Calls reaching the bottom layer per request when every call fails: k^d.
    public static func worstCase(attempts: Int, layers: Int) -> Double {
        pow(Double(attempts), Double(layers))
    }

    /// The same when each layer may add retries worth at most `budget` of its
    /// requests: each layer multiplies by min(k, 1 + budget).
    public static func withBudget(attempts: Int, layers: Int, budget: Double) -> Double {
        pow(min(Double(attempts), 1 + budget), Double(layers))
    }

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let k = Int(try inputs.require(attempts))
        let d = Int(try inputs.require(layers))
        let worst = worstCase(attempts: k, layers: d)
        let times = UnitKind.factor.format
        var outputs = [Output("worstCaseAmplification", "Worst-case amplification", worst, .factor)]
        var formula = ["worst case = k^d = \(k)^\(d) = \(times(worst))"]
        var reading =
            "When everything below fails, one request becomes \(NumberText.significant(worst)) calls at the bottom: "
            + "\(k) attempts at each of \(d) \(d == 1 ? "layer" : "layers")."
        if let budget = inputs[budget] {
            let capped = withBudget(attempts: k, layers: d, budget: budget)
            let share = UnitKind.fraction.format(budget)
            outputs.append(Output("amplificationWithBudget", "Amplification with the budget", capped, .factor))
            formula.append("with budget = min(k, 1 + b)^d = min(\(k), 1 + \(share))^\(d) = \(times(capped))")
            reading += " A \(share) retry budget at each layer caps that at \(times(capped))."
        }
        var warnings: [String] = []
        if d > 1, k > 1 {
            warnings.append(
                "Retries at every layer multiply. Retry at one layer only and give it a budget, so an outage does not "
                    + "multiply the load on the part that is already failing.")
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading, warnings: warnings)
    }
}
