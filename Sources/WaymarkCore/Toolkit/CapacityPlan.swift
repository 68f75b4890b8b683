import Foundation

/// A capacity plan as a chain of arithmetic: peak demand, what one instance carries
/// at a target utilisation, N+k redundancy, and growth over a horizon.
public enum CapacityPlan {
    static let peakRate = Field("peak-rate", "Peak rate", .rate)
    static let averageRate = Field("average-rate", "Average rate", .rate)
    static let peakFactor = Field("peak-factor", "Peak-to-average factor", .factor, minimum: 1, maximum: 1_000)
    static let instanceThroughput = Field("instance-throughput", "Throughput of one instance at saturation", .rate)
    static let targetUtilization = Field(
        "target-utilization", "Target utilisation", .fraction, default: "60%", maximum: 0.99)
    static let spares = Field(
        "spares", "Spare instances k", .wholeNumber, default: "2", allowsZero: true, maximum: 1_000)
    static let growth = Field("growth", "Growth per month", .fraction, default: "0%", allowsZero: true, maximum: 10)
    static let horizon = Field(
        "horizon", "Horizon in months", .wholeNumber, default: "12", allowsZero: true, maximum: 120)

    public static let calculator = Calculator(
        id: "capacity", title: "Capacity plan", lessonID: "capacity-planning",
        summary: "Instances needed now and at a horizon: peak, per-instance throughput at a target, N+k, growth.",
        fields: [peakRate, averageRate, peakFactor, instanceThroughput, targetUtilization, spares, growth, horizon],
        example: [("average-rate", "1157/s"), ("peak-factor", "3"), ("instance-throughput", "400/s")], compute: compute)

    /// A fleet this size is a units mistake, not a plan.
    static let maximumInstances = 1e9

    /// Instances needed so none runs above `target` of its `throughput` at `peak`.
    public static func instances(peak: Double, throughput: Double, target: Double) -> Double {
        // Shaved by a part in 10¹², so 2,400 / 240 is 10 instances, not 11 after rounding.
        (peak / (throughput * target) * (1 - 1e-12)).rounded(.up)
    }

    private static func peak(_ inputs: Inputs) throws(CalculatorError) -> (Double, [String]) {
        switch (inputs[peakRate], inputs[averageRate], inputs[peakFactor]) {
        case (_?, _?, _), (_?, _, _?):
            throw CalculatorError(
                field: peakRate.name, "give either peak-rate, or average-rate with peak-factor, not both")
        case (let peak?, nil, nil):
            return (peak, [])
        case (nil, let average?, let factor?):
            let peak = average * factor
            let rate = UnitKind.rate.format
            return (
                peak, ["peak = average × factor = \(rate(average)) × \(NumberText.significant(factor)) = \(rate(peak))"]
            )
        case (nil, _?, nil):
            throw CalculatorError(
                field: peakFactor.name,
                "is needed with average-rate: the busiest rate over the average, from "
                    + "your own traffic history (such as 3)")
        case (nil, nil, _?):
            throw CalculatorError(field: averageRate.name, "is needed with peak-factor")
        case (nil, nil, nil):
            throw CalculatorError(field: peakRate.name, "is needed, or average-rate with peak-factor")
        }
    }

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let (peak, peakLines) = try peak(inputs)
        let throughput = try inputs.require(instanceThroughput)
        let target = try inputs.require(targetUtilization)
        let k = try inputs.require(spares)
        let monthly = try inputs.require(growth)
        let months = try inputs.require(horizon)
        let needed = instances(peak: peak, throughput: throughput, target: target)
        let futurePeak = peak * pow(1 + monthly, months)
        let neededLater = instances(peak: futurePeak, throughput: throughput, target: target)
        guard neededLater + k <= maximumInstances else {
            throw CalculatorError(field: instanceThroughput.name, "is too small for the peak: over a billion instances")
        }
        let now = needed + k
        let busy = peak / (now * throughput)
        let rate = UnitKind.rate.format
        let count = UnitKind.count.format
        let share = UnitKind.fraction.format
        let usable = throughput * target
        let outputs = [
            Output("peakRatePerSecond", "Peak rate", peak, .rate),
            Output("usablePerInstancePerSecond", "Usable per instance", usable, .rate, isDetail: true),
            Output("instancesForPeak", "Instances for the peak N", needed, .wholeNumber, isDetail: true),
            Output("instancesNow", "Instances now", now, .wholeNumber),
            Output("utilizationAtPeak", "Utilisation at peak, all up", busy, .fraction, isDetail: true),
            Output("headroom", "Headroom at peak", 1 - busy, .fraction),
            Output("peakRateAtHorizonPerSecond", "Peak rate at the horizon", futurePeak, .rate, isDetail: true),
            Output("instancesAtHorizon", "Instances at the horizon", neededLater + k, .wholeNumber),
        ]
        let formula =
            peakLines + [
                "usable = throughput × target = \(rate(throughput)) × \(share(target)) = \(rate(usable))",
                "N = ⌈peak / usable⌉ = ⌈\(rate(peak)) / \(rate(usable))⌉ = \(count(needed)); N + k = \(count(needed)) + "
                    + "\(count(k)) = \(count(now))",
                "headroom = 1 − peak / (\(count(now)) × \(rate(throughput))) = \(share(1 - busy))",
                "in \(count(months)) months: \(rate(peak)) × (1 + \(share(monthly)))^\(count(months)) = \(rate(futurePeak)) "
                    + "→ \(count(neededLater)) + \(count(k)) = \(count(neededLater + k))",
            ]
        let reading =
            "At a peak of \(rate(peak)), \(count(now)) instances (\(count(needed)) + \(count(k)) spare) run "
            + "\(share(busy)) busy with all up, leaving \(share(1 - busy)) headroom; in \(count(months)) months "
            + "the plan needs \(count(neededLater + k))."
        var warnings: [String] = []
        if target > Queueing.steepUtilization {
            warnings.append(
                "A target above \(share(Queueing.steepUtilization)) leaves little room for bursts, failover or forecast "
                    + "error: waiting grows like 1 / (1 − ρ).")
        }
        if k == 0 {
            warnings.append("With no spares, losing one instance at peak pushes the rest past the target utilisation.")
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading, warnings: warnings)
    }
}
