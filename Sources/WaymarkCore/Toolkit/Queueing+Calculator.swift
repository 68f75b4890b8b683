extension Queueing {
    static let arrivalRate = Field("arrival-rate", "Arrival rate λ", .rate)
    static let serviceRate = Field("service-rate", "Service rate per server μ", .rate)
    static let servers = Field("servers", "Servers c", .wholeNumber, default: "1", minimum: 1, maximum: 10_000)

    public static let calculator = Calculator(
        id: "queue", title: "Queueing (M/M/c)", lessonID: "queueing-utilization-latency",
        summary: "Utilisation, waiting and response time of one queue: M/M/1, or M/M/c with Erlang C.",
        fields: [arrivalRate, serviceRate, servers],
        example: [("arrival-rate", "80/s"), ("service-rate", "100/s")], compute: compute)

    /// Above this utilisation the curve has turned up steeply.
    static let steepUtilization = 0.8

    /// The M/M/1 response-time percentiles given, the first two as detail.
    static let percentiles: [(name: String, value: Double)] = [("P50", 50), ("P95", 95), ("P99", 99)]

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let lambda = try inputs.require(arrivalRate)
        let mu = try inputs.require(serviceRate)
        let c = Int(try inputs.require(servers))
        let rate = UnitKind.rate.format
        let time = UnitKind.duration.format
        let share = UnitKind.fraction.format
        guard let metrics = metrics(arrivalRate: lambda, serviceRate: mu, servers: c) else {
            let serverText = c == 1 ? "one server finishes" : "\(c) servers finish"
            throw CalculatorError(
                field: arrivalRate.name,
                "the queue is unstable: \(rate(lambda)) arrive but \(serverText) at most \(rate(Double(c) * mu)), "
                    + "so it grows without bound; lower the arrival rate or add servers")
        }
        let service = 1 / mu
        let stretch = UnitKind.factor.format(metrics.meanResponse / service)
        var outputs = [
            Output("utilization", "Utilisation ρ", metrics.utilization, .fraction),
            Output("meanResponseTimeSeconds", "Mean response time W", metrics.meanResponse, .duration),
            Output("meanWaitSeconds", "Mean wait Wq", metrics.meanWait, .duration),
            Output("meanQueueLength", "Mean queue length Lq", metrics.meanQueueLength, .count),
            Output("probabilityOfWaiting", "Probability of waiting", metrics.probabilityOfWaiting, .fraction),
            Output("meanItemsInSystem", "Mean items in system L", metrics.meanItemsInSystem, .count, isDetail: true),
        ]
        var formula: [String]
        let reading: String
        if c == 1 {
            let rho = UnitKind.count.format(metrics.utilization)
            formula = [
                "ρ = λ / μ = \(rate(lambda)) / \(rate(mu)) = \(share(metrics.utilization))",
                "W = 1 / (μ − λ) = 1 / (\(rate(mu)) − \(rate(lambda))) = \(time(metrics.meanResponse))",
                "Wq = ρ / (μ − λ) = \(rho) / (\(rate(mu)) − \(rate(lambda))) = \(time(metrics.meanWait))",
                "Lq = ρ² / (1 − ρ) = \(rho)² / (1 − \(rho)) = \(UnitKind.count.format(metrics.meanQueueLength))",
            ]
            for (name, percentile) in percentiles {
                let value = responsePercentile(percentile, arrivalRate: lambda, serviceRate: mu)
                outputs.append(
                    Output(
                        "response\(name)Seconds", "Response time \(name.lowercased())", value, .duration,
                        isDetail: percentile != 99))
            }
            let p99 = responsePercentile(99, arrivalRate: lambda, serviceRate: mu)
            formula.append("p99 = −ln(1 − 0.99) / (μ − λ) = \(time(p99))")
            reading =
                "At \(share(metrics.utilization)) busy, a request spends \(time(metrics.meanResponse)) in the system "
                + "on average, \(stretch) its \(time(service)) of service; 1 in 100 takes longer than \(time(p99))."
        } else {
            let load = UnitKind.count.format(lambda / mu)
            formula = [
                "ρ = λ / (c × μ) = \(rate(lambda)) / (\(c) × \(rate(mu))) = \(share(metrics.utilization))",
                "P(wait) = C(c = \(c), A = λ / μ = \(load)) = \(share(metrics.probabilityOfWaiting)) (Erlang C)",
                "Wq = P(wait) / (c × μ − λ) = \(share(metrics.probabilityOfWaiting)) / (\(rate(Double(c) * mu)) − "
                    + "\(rate(lambda))) = \(time(metrics.meanWait))",
                "W = Wq + 1 / μ = \(time(metrics.meanWait)) + \(time(service)) = \(time(metrics.meanResponse))",
                "Lq = λ × Wq = \(rate(lambda)) × \(time(metrics.meanWait)) = \(UnitKind.count.format(metrics.meanQueueLength))",
            ]
            reading =
                "With \(c) servers \(share(metrics.utilization)) busy, \(share(metrics.probabilityOfWaiting)) "
                + "of requests wait, \(time(metrics.meanWait)) on average; a request spends "
                + "\(time(metrics.meanResponse)) in the system, \(stretch) its \(time(service)) of service."
        }
        var warnings: [String] = []
        if metrics.utilization > steepUtilization {
            warnings.append(
                "Above \(share(steepUtilization)) busy, a little more load brings a lot more waiting: it grows like "
                    + "1 / (1 − ρ), and bursty arrivals or mixed request sizes make it worse than this model says.")
        }
        let chart = LatencyChart(current: metrics.utilization) { utilization in
            Self.metrics(arrivalRate: utilization * Double(c) * mu, serviceRate: mu, servers: c)?.meanResponse ?? 0
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading, warnings: warnings, chart: chart)
    }
}
