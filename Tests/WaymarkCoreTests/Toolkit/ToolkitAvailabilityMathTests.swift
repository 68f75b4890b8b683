import PropertyBased
import Testing

@testable import WaymarkCore

/// Availability arithmetic against the availability table of Google's SRE book
/// (Beyer, Jones, Petoff and Murphy, eds., "Site Reliability Engineering", O'Reilly,
/// 2016, Appendix A), which uses a 365-day year, a 90-day quarter and a 30-day month.
@Suite("Toolkit: availability")
struct ToolkitAvailabilityMathTests {
    let calculator = AvailabilityMath.calculator

    private func outputs(_ texts: [String: String]) throws -> [String: Double] {
        let result = try calculator.compute(texts)
        return Dictionary(uniqueKeysWithValues: result.outputs.compactMap { o in o.number.map { (o.key, $0) } })
    }

    @Test("four nines allow 3,155.76 s a year (the issue's example)")
    func fourNines() throws {
        let values = try outputs(["nines": "99.99"])
        #expect(abs(try #require(values["downtimePerYearSeconds"]) - 3_155.76) < 1e-6)
    }

    @Test("the SRE book's table: quarter, month, week and day match to its rounding (within 1%)")
    func sreTable() throws {
        // availability, per quarter, per month, per week, per day, all in seconds, as the table rounds them.
        let rows: [(String, Double, Double, Double, Double)] = [
            ("99%", 21.6 * 3_600, 7.2 * 3_600, 1.68 * 3_600, 14.4 * 60),
            ("99.9%", 2.16 * 3_600, 43.2 * 60, 10.1 * 60, 1.44 * 60),
            ("99.95%", 1.08 * 3_600, 21.6 * 60, 5.04 * 60, 43.2),
            ("99.99%", 12.96 * 60, 4.32 * 60, 60.5, 8.64),
            ("99.999%", 1.30 * 60, 25.9, 6.05, 0.87),
        ]
        for (target, quarter, month, week, day) in rows {
            let values = try outputs(["nines": target])
            for (key, expected) in [
                ("downtimePerQuarterSeconds", quarter), ("downtimePerMonthSeconds", month),
                ("downtimePerWeekSeconds", week), ("downtimePerDaySeconds", day),
            ] {
                let value = try #require(values[key])
                #expect(abs(value - expected) <= 0.01 * expected, "\(target) \(key): \(value)")
            }
        }
    }

    @Test("the SRE book's yearly column differs only by the quarter day a year of 365.25 days adds")
    func sreYearColumn() throws {
        for (target, table) in [
            ("99%", 3.65 * 86_400), ("99.9%", 8.76 * 3_600), ("99.99%", 52.6 * 60), ("99.999%", 5.26 * 60),
        ] {
            let value = try #require(try outputs(["nines": target])["downtimePerYearSeconds"])
            #expect(abs(value - table) <= 0.002 * table, "\(target): \(value)")
        }
        #expect(
            UnitKind.duration.format(try #require(try outputs(["nines": "99.99%"])["downtimePerYearSeconds"]))
                == "52.6 min")
    }

    @Test("three components at 99.9% in series give 0.997003 (the issue's example)")
    func series() throws {
        let values = try outputs(["series": "99.9%,99.9%,99.9%"])
        #expect(abs(try #require(values["availability"]) - 0.997_003) < 1e-9)
    }

    @Test("two replicas at 99% in parallel give 0.9999, with the correlated-failure warning")
    func parallel() throws {
        let result = try calculator.compute(["parallel": "99%,99%"])
        #expect(abs(try #require(result.output("availability")?.number) - 0.9999) < 1e-12)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].contains("Law 1, correlated failure"))
    }

    @Test("the lesson's worked example: API, database pair and payment provider")
    func lessonChain() throws {
        let values = try outputs(["series": "99.95%,99.9%", "parallel": "99.9%,99.9%"])
        #expect(abs(try #require(values["availability"]) - 0.9995 * 0.999 * 0.999_999) < 1e-12)
        #expect(abs(try #require(values["parallelAvailability"]) - 0.999_999) < 1e-12)
    }

    @Test("2 of 3 replicas at 99% is 3a²(1 − a) + a³")
    func twoOfThree() {
        let a = 0.99
        #expect(abs(AvailabilityMath.parallel([a, a, a], required: 2) - (3 * a * a * (1 - a) + a * a * a)) < 1e-15)
        #expect(abs(AvailabilityMath.parallel([a, a, a], required: 3) - AvailabilityMath.series([a, a, a])) < 1e-15)
    }

    @Test("downtime per year gives the availability back")
    func fromDowntime() throws {
        let values = try outputs(["downtime-per-year": "52.596min"])
        #expect(abs(try #require(values["availability"]) - 0.9999) < 1e-9)
    }

    @Test("an SLO of 99.9% over 30 days is a 43.2-minute budget, or 1,000 of a million requests")
    func errorBudget() throws {
        let values = try outputs(["nines": "99.9%", "window": "30d", "requests": "1000000"])
        #expect(abs(try #require(values["errorBudgetSeconds"]) - 43.2 * 60) < 1e-6)
        #expect(abs(try #require(values["errorBudgetRequests"]) - 1_000) < 1e-6)
    }

    @Test("conflicting sources and a k larger than n are refused, naming the field")
    func conflicts() {
        let cases: [([String: String], String?)] = [
            (["nines": "99.9%", "series": "99%"], "series"),
            (["nines": "99.9%", "downtime-per-year": "1h"], "downtime-per-year"),
            (["series": "99%", "required": "1"], "required"),
            (["parallel": "99%,99%", "required": "3"], "required"),
            (["series": "99%,,99%"], "series"),
            (["downtime-per-year": "400d"], "downtime-per-year"),
            ([:], nil),
        ]
        for (texts, field) in cases {
            #expect(throws: CalculatorError.self) { try calculator.compute(texts) }
            do {
                _ = try calculator.compute(texts)
            } catch {
                #expect(error.field == field, "\(texts)")
            }
        }
    }

    @Test("a chain in series is never more available than its weakest component")
    func seriesBelowWeakest() async {
        let components = Gen.double(in: 0.5...1).array(of: 1...12)
        await propertyCheck(count: 500, input: components) { components in
            #expect(AvailabilityMath.series(components) <= components.min() ?? 1)
        }
    }

    @Test("adding a parallel replica never lowers availability")
    func replicaNeverHurts() async {
        let replicas = Gen.double(in: 0.5...0.999_999).array(of: 1...8)
        let extra = Gen.double(in: 0...1)
        let required = Gen<Int>.value(in: 1...8)
        await propertyCheck(count: 500, input: zip(replicas, extra, required)) { replicas, extra, required in
            let k = min(required, replicas.count)
            let before = AvailabilityMath.parallel(replicas, required: k)
            let after = AvailabilityMath.parallel(replicas + [extra], required: k)
            // With k = 1 this holds exactly in floating point; the k-of-n sum may round by an ulp.
            #expect(after >= before - (k == 1 ? 0 : 1e-15), "\(replicas) + \(extra), k = \(k)")
        }
    }
}
