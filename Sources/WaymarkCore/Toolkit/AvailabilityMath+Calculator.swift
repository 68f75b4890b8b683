extension AvailabilityMath {
    static let target = Field("nines", "Availability", .availability)
    static let downtimePerYear = Field(
        "downtime-per-year", "Downtime per year", .duration, allowsZero: true, maximum: year)
    static let seriesField = Field("series", "Components in series", .availability, isList: true)
    static let parallelField = Field("parallel", "Replicas in parallel", .availability, isList: true)
    static let required = Field(
        "required", "Replicas that must be up", .wholeNumber, minimum: 1, maximum: Double(Field.maximumListLength))
    static let window = Field("window", "Error budget window", .duration)
    static let requests = Field("requests", "Requests in the window", .count)

    public static let calculator = Calculator(
        id: "availability", title: "Availability", lessonID: "availability-math",
        summary: "Nines as downtime, chains in series, k-of-n replicas, and an SLO's error budget.",
        fields: [target, downtimePerYear, seriesField, parallelField, required, window, requests],
        example: [("series", "99.95%,99.9%,99.9%")], compute: compute)

    /// The system's availability, the formula lines and sentence that got it, and the
    /// parallel group's own availability when it sits in a chain.
    private struct Derivation {
        var value: Double
        var formula: [String] = []
        var reading = ""
        var parallelGroup: Double?
    }

    /// The availability from whichever one source the learner gave: nines, downtime, or a chain.
    private static func availability(_ inputs: Inputs) throws(CalculatorError) -> Derivation {
        let series = inputs.list(seriesField)
        let parallel = inputs.list(parallelField)
        let k = inputs[required].map { Int($0) }
        if k != nil, parallel == nil {
            throw CalculatorError(field: required.name, "counts replicas in parallel; give parallel too")
        }
        if let k, let parallel, k > parallel.count {
            throw CalculatorError(field: required.name, "\(k) is more than the \(parallel.count) replicas in parallel")
        }
        let hasChain = series != nil || parallel != nil
        switch (inputs[target], inputs[downtimePerYear]) {
        case (_?, _?):
            throw CalculatorError(field: downtimePerYear.name, "give either nines or downtime-per-year, not both")
        case (_?, nil) where hasChain, (nil, _?) where hasChain:
            throw CalculatorError(
                field: (series != nil ? seriesField : parallelField).name,
                "give either a chain (series, parallel) or one availability (nines, downtime-per-year), not both")
        case (let value?, nil):
            return Derivation(value: value)
        case (nil, let downtime?):
            let value = 1 - downtime / year
            let text = UnitKind.availability.format(value)
            let line = "A = 1 − downtime / year = 1 − \(UnitKind.duration.format(downtime)) / 365.25 d = \(text)"
            return Derivation(value: value, formula: [line])
        case (nil, nil):
            guard hasChain else {
                throw CalculatorError(
                    field: nil,
                    "give nines (such as 99.9%), downtime-per-year, series or parallel; "
                        + "window and requests then give an error budget")
            }
            return chain(series: series, parallel: parallel, required: k ?? 1)
        }
    }

    private static func chain(series: [Double]?, parallel: [Double]?, required: Int) -> Derivation {
        let percent = UnitKind.availability.format
        var lines: [String] = []
        var parts: [Double] = []
        var reading = ""
        if let series {
            let value = Self.series(series)
            parts.append(value)
            lines.append("A(series) = \(abbreviated(series.map(percent), by: " × ")) = \(percent(value))")
            reading =
                "\(series.count) components in series are all up \(percent(value)) of the time, "
                + "never more than the weakest (\(percent(series.min() ?? 1)))."
        }
        if let parallel {
            let value = Self.parallel(parallel, required: required)
            parts.append(value)
            let terms = abbreviated(parallel.map { "(1 − \(percent($0)))" }, by: " × ")
            lines.append(
                required == 1
                    ? "A(parallel) = 1 − \(terms) = \(percent(value))"
                    : "A(parallel) = P(at least \(required) of \(parallel.count) up) = \(percent(value))")
            reading +=
                (reading.isEmpty ? "" : " ")
                + "\(parallel.count) replicas, \(required) needed, are up \(percent(value)) of the time "
                + "if they fail independently."
        }
        var derivation = Derivation(value: parts.reduce(1, *), formula: lines, reading: reading)
        if parts.count == 2 {
            derivation.parallelGroup = parts[1]
            derivation.formula.append(
                "A = A(series) × A(parallel) = \(parts.map(percent).joined(separator: " × ")) = "
                    + percent(derivation.value))
        }
        return derivation
    }

    /// "a × b × … × z (40 terms)" for long lists, so the formula stays one line.
    private static func abbreviated(_ terms: [String], by separator: String) -> String {
        guard terms.count > 6, let first = terms.first, let last = terms.last else {
            return terms.joined(separator: separator)
        }
        return "\(first)\(separator)…\(separator)\(last) (\(terms.count) terms)"
    }

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let derivation = try availability(inputs)
        let value = derivation.value
        let percent = UnitKind.availability.format(value)
        let duration = UnitKind.duration.format
        var outputs = [Output("availability", "Availability", value, .availability)]
        if let nines = nines(value) {
            outputs.append(Output("numberOfNines", "Number of nines", nines, .count, isDetail: true))
        }
        if let group = derivation.parallelGroup {
            outputs.append(Output("parallelAvailability", "Parallel group", group, .availability, isDetail: true))
        }
        for (name, seconds) in periods {
            outputs.append(
                Output(
                    "downtimePer\(name)Seconds", "Downtime per \(name.lowercased())",
                    downtime(availability: value, over: seconds), .duration,
                    isDetail: !["Year", "Month"].contains(name)))
        }
        let perYear = downtime(availability: value, over: year)
        var formula =
            derivation.formula + ["downtime = (1 − A) × year = (1 − \(percent)) × 365.25 d = \(duration(perYear))"]
        let perMonth = duration(downtime(availability: value, over: 30 * day))
        var reading =
            derivation.reading.isEmpty
            ? "\(percent) allows \(duration(perYear)) of downtime a year, \(perMonth) in a 30-day month."
            : "\(derivation.reading) That is \(duration(perYear)) of downtime a year."
        if value == 1 { reading = "100% allows no downtime at all: no real system can promise it." }
        if let window = inputs[window] {
            let budget = downtime(availability: value, over: window)
            outputs.append(Output("errorBudgetSeconds", "Error budget", budget, .duration))
            formula.append("budget = (1 − A) × window = (1 − \(percent)) × \(duration(window)) = \(duration(budget))")
            reading += " Over \(duration(window)) the error budget is \(duration(budget))."
        }
        if let requests = inputs[requests] {
            let budget = (1 - value) * requests
            let count = UnitKind.count.format(budget)
            outputs.append(Output("errorBudgetRequests", "Failed requests allowed", budget, .count))
            formula.append(
                "failed requests allowed = (1 − A) × requests = (1 − \(percent)) × \(UnitKind.count.format(requests)) = \(count)"
            )
            reading += " Of \(UnitKind.count.format(requests)) requests, \(count) may fail."
        }
        var warnings: [String] = []
        if inputs.list(parallelField) != nil {
            warnings.append(
                "Parallel replicas multiply only if they fail independently. Anything they share (a zone, a release, "
                    + "a configuration system, a load balancer) fails them together (Law 1, correlated failure) and acts "
                    + "as a component in series, so the real figure is lower; failover itself can fail too.")
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading, warnings: warnings)
    }
}
