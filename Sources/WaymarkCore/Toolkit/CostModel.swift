/// The compute line of a cost model: instances × price × hours, and the cost per
/// million requests that lets a bill be set against revenue.
public enum CostModel {
    static let instances = Field("instances", "Instances", .wholeNumber, minimum: 1)
    static let hourlyPrice = Field("hourly-price", "Price per instance-hour", .money)
    static let period = Field("period", "Period", .duration, default: "730h")
    static let arrivalRate = Field("arrival-rate", "Average request rate", .rate)

    public static let calculator = Calculator(
        id: "cost", title: "Compute cost", lessonID: "cost-modelling",
        summary: "Instances × hourly price × hours, and the cost per million requests.",
        fields: [instances, hourlyPrice, period, arrivalRate],
        example: [("instances", "17"), ("hourly-price", "0.096"), ("arrival-rate", "1157/s")], compute: compute)

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let count = try inputs.require(instances)
        let price = try inputs.require(hourlyPrice)
        let seconds = try inputs.require(period)
        let hours = seconds / 3_600
        let cost = count * price * hours
        let money = UnitKind.money.format
        let number = UnitKind.count.format
        var outputs = [
            Output("cost", "Cost over the period", cost, .money),
            Output("costPerHour", "Cost per hour", count * price, .money, isDetail: true),
        ]
        var formula = [
            "cost = instances × price × hours = \(number(count)) × \(money(price)) × \(number(hours)) = \(money(cost))"
        ]
        var reading =
            "\(number(count)) instances at \(money(price)) an hour cost \(money(cost)) over \(UnitKind.duration.format(seconds))."
        if let rate = inputs[arrivalRate] {
            let millions = rate * seconds / 1e6
            let perMillion = cost / millions
            outputs.append(Output("costPerMillionRequests", "Cost per million requests", perMillion, .money))
            formula.append(
                "per million requests = cost / (rate × period / 10⁶) = \(money(cost)) / \(number(millions)) = "
                    + money(perMillion))
            reading +=
                " At \(UnitKind.rate.format(rate)) on average, that is \(money(perMillion)) per million requests."
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading)
    }
}
