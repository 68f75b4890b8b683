import Testing

@testable import WaymarkCore

/// Retry amplification as the retries lesson works it (3 attempts at 3 layers is 27
/// calls), and the cost model's compute line.
@Suite("Toolkit: retries and cost")
struct ToolkitRetryAndCostTests {
    @Test("3 attempts at each of 3 layers is 27 calls at the bottom; a 10% budget caps it at 1.331")
    func retries() throws {
        let result = try RetryAmplification.calculator.compute(["attempts": "3", "layers": "3", "budget": "10%"])
        #expect(result.output("worstCaseAmplification")?.number == 27)
        #expect(abs(try #require(result.output("amplificationWithBudget")?.number) - 1.331) < 1e-12)
        #expect(result.warnings.count == 1)
    }

    @Test("a budget larger than the attempts allow changes nothing; one layer earns no warning")
    func retryEdges() throws {
        #expect(RetryAmplification.withBudget(attempts: 2, layers: 2, budget: 5) == 4)
        let single = try RetryAmplification.calculator.compute(["attempts": "3"])
        #expect(single.output("worstCaseAmplification")?.number == 3)
        #expect(single.warnings.isEmpty)
    }

    @Test("17 instances at 0.096 an hour for a 730-hour month, and the cost per million requests")
    func cost() throws {
        let result = try CostModel.calculator.compute([
            "instances": "17", "hourly-price": "$0.096", "arrival-rate": "1000/s",
        ])
        let cost = 17 * 0.096 * 730
        // 1,000 a second for 730 hours is 2,628 million requests.
        #expect(abs(try #require(result.output("cost")?.number) - cost) < 1e-9)
        #expect(abs(try #require(result.output("costPerMillionRequests")?.number) - cost / 2_628) < 1e-12)
        #expect(UnitKind.money.format(cost) == "1,191.36")
    }
}
