/// Little's Law, L = λW (John D. C. Little, 1961): in any stable system, the mean
/// number of items inside equals the arrival rate times the mean time each spends
/// inside. Given any two, it gives the third.
public enum LittlesLaw {
    static let itemsInSystem = Field("items-in-system", "Items in system L", .count)
    static let arrivalRate = Field("arrival-rate", "Arrival rate λ", .rate)
    static let timeInSystem = Field("time-in-system", "Time in system W", .duration)

    public static let calculator = Calculator(
        id: "littles", title: "Little's Law", lessonID: "littles-law",
        summary: "L = λW: from any two of items in system, arrival rate and time in system, the third.",
        fields: [itemsInSystem, arrivalRate, timeInSystem],
        example: [("arrival-rate", "800/s"), ("time-in-system", "50ms")], compute: compute)

    /// All three, the missing one worked out; nil unless at least two are given.
    public static func solve(items: Double?, rate: Double?, time: Double?) -> (
        items: Double, rate: Double, time: Double
    )? {
        switch (items, rate, time) {
        case (let items?, let rate?, let time?): return (items, rate, time)
        case (nil, let rate?, let time?): return (rate * time, rate, time)
        case (let items?, nil, let time?): return (items, items / time, time)
        case (let items?, let rate?, nil): return (items, rate, items / rate)
        default: return nil
        }
    }

    /// More disagreement than this between L and λW when all three are given is a
    /// measurement problem, not rounding.
    static let tolerance = 0.01

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let given = (items: inputs[itemsInSystem], rate: inputs[arrivalRate], time: inputs[timeInSystem])
        guard let solved = solve(items: given.items, rate: given.rate, time: given.time) else {
            throw CalculatorError(
                field: nil, "give two of items-in-system, arrival-rate and time-in-system; Little's Law gives the third"
            )
        }
        let items = UnitKind.count.format(solved.items)
        let rate = UnitKind.rate.format(solved.rate)
        let time = UnitKind.duration.format(solved.time)
        let outputs: [Output]
        var warnings: [String] = []
        let formula: String
        let reading: String
        switch (given.items, given.rate, given.time) {
        case (nil, _, _):
            outputs = [Output("itemsInSystem", itemsInSystem.label, solved.items, .count)]
            formula = "L = λ × W = \(rate) × \(time) = \(items)"
            reading = "On average \(items) items are in the system: \(rate) arrive and each stays \(time)."
        case (_, nil, _):
            outputs = [Output("arrivalRatePerSecond", arrivalRate.label, solved.rate, .rate)]
            formula = "λ = L / W = \(items) / \(time) = \(rate)"
            reading = "Items arrive, and leave, at \(rate) on average: \(items) are inside at once, each for \(time)."
        case (_, _, nil):
            outputs = [Output("timeInSystemSeconds", timeInSystem.label, solved.time, .duration)]
            formula = "W = L / λ = \(items) / \(rate) = \(time)"
            reading = "Each item spends \(time) in the system on average: \(items) are inside while \(rate) arrive."
        default:
            let product = solved.rate * solved.time
            let expected = UnitKind.count.format(product)
            formula = "λ × W = \(rate) × \(time) = \(expected), against L = \(items)"
            outputs = [Output("impliedItemsInSystem", "Items in system by λ × W", product, .count)]
            if abs(product - solved.items) > tolerance * max(product, solved.items) {
                reading = "The three disagree: λ × W gives \(expected) items in the system, not \(items)."
                warnings.append(
                    "L should equal λ × W. One measurement is off, or they cover different periods, or the system "
                        + "was not in a steady state (its backlog growing or draining) while they were taken.")
            } else {
                reading = "The three agree: \(rate) arriving, each staying \(time), keeps about \(items) in the system."
            }
        }
        return CalculatorResult(outputs: outputs, formula: [formula], reading: reading, warnings: warnings)
    }
}
