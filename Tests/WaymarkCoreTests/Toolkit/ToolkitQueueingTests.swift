import Foundation
import Testing
import WaymarkCurriculum

@testable import WaymarkCore

/// M/M/1 and M/M/c against closed forms and the Erlang C formula as tables compute
/// it: C(c, A) = (A^c / c!) · c/(c − A) / (Σ_{k<c} A^k / k! + (A^c / c!) · c/(c − A)).
@Suite("Toolkit: queueing")
struct ToolkitQueueingTests {
    let calculator = Queueing.calculator

    /// Erlang C straight from its definition, the way the tables are computed.
    private func erlangCByDefinition(_ c: Int, _ load: Double) -> Double {
        var term = 1.0
        var sum = 0.0
        for k in 0..<c {
            sum += term
            term *= load / Double(k + 1)
        }
        let waiting = term * Double(c) / (Double(c) - load)
        return waiting / (sum + waiting)
    }

    @Test("80/s against 100/s: 80% busy, 50 ms mean response, 3.2 queued (the issue's example)")
    func mm1() throws {
        let result = try calculator.compute(["arrival-rate": "80/s", "service-rate": "100/s"])
        let value = { (key: String) in try #require(result.output(key)?.number) }
        #expect(abs(try value("utilization") - 0.8) < 1e-12)
        #expect(abs(try value("meanResponseTimeSeconds") - 0.05) < 1e-12)
        #expect(abs(try value("meanQueueLength") - 3.2) < 1e-9)
        #expect(abs(try value("meanWaitSeconds") - 0.04) < 1e-12)
        #expect(abs(try value("meanItemsInSystem") - 4) < 1e-9)
        #expect(abs(try value("probabilityOfWaiting") - 0.8) < 1e-12)
    }

    @Test("M/M/1 response percentiles are −ln(1 − p) / (μ − λ)")
    func percentiles() throws {
        let result = try calculator.compute(["arrival-rate": "80/s", "service-rate": "100/s"])
        for (key, p) in [("responseP50Seconds", 0.5), ("responseP95Seconds", 0.95), ("responseP99Seconds", 0.99)] {
            #expect(abs(try #require(result.output(key)?.number) - (-log(1 - p) / 20)) < 1e-12, "\(key)")
        }
        // The lesson's rule of thumb: the p99 is ln(100) ≈ 4.6 times the mean.
        #expect(abs(try #require(result.output("responseP99Seconds")?.number) / 0.05 - log(100)) < 1e-9)
    }

    @Test("2 servers, 1.5/s arriving, 1/s each: P(wait) = 9/14 ≈ 0.642857, Wq ≈ 1.285714 s (the issue's example)")
    func mm2() throws {
        let result = try calculator.compute(["servers": "2", "arrival-rate": "1.5/s", "service-rate": "1/s"])
        #expect(abs(try #require(result.output("probabilityOfWaiting")?.number) - 9.0 / 14) < 1e-12)
        #expect(abs(try #require(result.output("meanWaitSeconds")?.number) - 18.0 / 14) < 1e-12)
        #expect(result.output("responseP99Seconds") == nil)
    }

    @Test("Erlang C table values: C(1, ρ) = ρ, C(3, 2) = 4/9, and the lesson's 10 servers at 80% wait about 41%")
    func erlangCTable() {
        #expect(abs(Queueing.erlangC(servers: 1, offeredLoad: 0.8) - 0.8) < 1e-12)
        #expect(abs(Queueing.erlangC(servers: 3, offeredLoad: 2) - 4.0 / 9) < 1e-12)
        #expect(abs(Queueing.erlangC(servers: 10, offeredLoad: 8) - 0.409_180_150_796) < 1e-10)
    }

    @Test("the Erlang B recursion matches the textbook sum wherever the sum does not overflow")
    func recursionMatchesDefinition() {
        for c in [1, 2, 5, 10, 30, 100] {
            for utilization in [0.1, 0.5, 0.8, 0.95, 0.99] {
                let load = utilization * Double(c)
                let expected = erlangCByDefinition(c, load)
                #expect(abs(Queueing.erlangC(servers: c, offeredLoad: load) - expected) < 1e-9 * max(expected, 1e-3))
            }
        }
        // Thousands of servers, where factorials overflow: still a probability.
        let large = Queueing.erlangC(servers: 5_000, offeredLoad: 4_900)
        #expect(large > 0 && large < 1)
    }

    @Test("utilisation of 1 or more is unstable: an error naming arrival-rate, never a number")
    func unstable() {
        for texts in [
            ["arrival-rate": "100/s", "service-rate": "100/s"], ["arrival-rate": "120/s", "service-rate": "100/s"],
            ["arrival-rate": "3/s", "service-rate": "1/s", "servers": "2"],
        ] {
            do {
                _ = try calculator.compute(texts)
                Issue.record("\(texts) should be unstable")
            } catch {
                #expect(error.field == "arrival-rate")
                #expect(error.message.hasPrefix("the queue is unstable"))
            }
        }
    }

    @Test("above 80% busy a warning says waiting climbs steeply")
    func steepWarning() throws {
        #expect(try calculator.compute(["arrival-rate": "80/s", "service-rate": "100/s"]).warnings.isEmpty)
        #expect(try calculator.compute(["arrival-rate": "95/s", "service-rate": "100/s"]).warnings.count == 1)
    }

    @Test("the chart runs from 10% to 99% busy, marks the learner's point and climbs all the way")
    func chart() throws {
        let chart = try #require(
            try calculator.compute(["arrival-rate": "75/s", "service-rate": "100/s"]).chart)
        #expect(chart.points.map(\.utilization) == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99])
        #expect(chart.points.filter(\.isCurrent).map(\.utilization) == [0.75])
        #expect(zip(chart.points, chart.points.dropFirst()).allSatisfy { $0.responseSeconds < $1.responseSeconds })
        #expect(abs(try #require(chart.points.last).responseSeconds - 1) < 1e-9)
        let lines = chart.lines(width: 60)
        #expect(lines.count == 12)
        #expect(lines[7].hasSuffix("40 ms ◀ you"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
    }
}
