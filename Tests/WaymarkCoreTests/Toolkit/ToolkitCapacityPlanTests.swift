import Foundation
import Testing

@testable import WaymarkCore

/// The capacity-planning lesson's worked example: 100 million requests a day, a peak
/// three times the average, 400/s per instance at saturation, a 60% target.
@Suite("Toolkit: capacity plan")
struct ToolkitCapacityPlanTests {
    let calculator = CapacityPlan.calculator

    private func number(_ result: CalculatorResult, _ key: String) throws -> Double {
        try #require(result.output(key)?.number)
    }

    @Test("a 3,472/s peak at 240/s usable each needs 15 instances, 17 with N+2")
    func lessonExample() throws {
        let result = try calculator.compute(["peak-rate": "3472/s", "instance-throughput": "400/s"])
        #expect(try number(result, "instancesForPeak") == 15)
        #expect(try number(result, "instancesNow") == 17)
        #expect(abs(try number(result, "utilizationAtPeak") - 3_472.0 / (17 * 400)) < 1e-12)
        #expect(abs(try number(result, "headroom") - (1 - 3_472.0 / 6_800)) < 1e-12)
        #expect(try number(result, "instancesAtHorizon") == 17)
    }

    @Test("the peak can come from the average and a peak factor")
    func fromAverage() throws {
        let result = try calculator.compute([
            "average-rate": "100000000/d", "peak-factor": "3", "instance-throughput": "400/s",
        ])
        #expect(abs(try number(result, "peakRatePerSecond") - 100_000_000.0 / 86_400 * 3) < 1e-9)
        #expect(try number(result, "instancesNow") == 17)
    }

    @Test("50% growth over 12 months takes the lesson's plan to 22 instances, 24 with N+2")
    func growth() throws {
        let monthly = "\(100 * (pow(1.5, 1.0 / 12) - 1))%"
        let result = try calculator.compute([
            "peak-rate": "3472/s", "instance-throughput": "400/s", "growth": monthly, "horizon": "12",
        ])
        #expect(abs(try number(result, "peakRateAtHorizonPerSecond") - 5_208) < 1e-6)
        #expect(try number(result, "instancesAtHorizon") == 24)
    }

    @Test("an exact multiple is not rounded up an instance too far")
    func exactMultiple() {
        #expect(CapacityPlan.instances(peak: 2_400, throughput: 400, target: 0.6) == 10)
        #expect(CapacityPlan.instances(peak: 2_400.01, throughput: 400, target: 0.6) == 11)
    }

    @Test("a target above 80% and no spares each earn a warning")
    func warnings() throws {
        let result = try calculator.compute([
            "peak-rate": "3472/s", "instance-throughput": "400/s", "target-utilization": "90%", "spares": "0",
        ])
        #expect(result.warnings.count == 2)
    }

    @Test("the peak must come from exactly one place, named in the error")
    func peakSources() {
        let cases: [([String: String], String)] = [
            (["instance-throughput": "400/s"], "peak-rate"),
            (["peak-rate": "1/s", "average-rate": "1/s", "instance-throughput": "400/s"], "peak-rate"),
            (["average-rate": "1/s", "instance-throughput": "400/s"], "peak-factor"),
            (["peak-factor": "3", "instance-throughput": "400/s"], "average-rate"),
            (["peak-rate": "1/s"], "instance-throughput"),
            (["peak-rate": "1/s", "instance-throughput": "400/s", "target-utilization": "100%"], "target-utilization"),
            (["peak-rate": "1e12/s", "instance-throughput": "1e-3/s"], "instance-throughput"),
        ]
        for (texts, field) in cases {
            do {
                _ = try calculator.compute(texts)
                Issue.record("\(texts) should fail")
            } catch {
                #expect(error.field == field, "\(texts): \(error)")
            }
        }
    }
}
