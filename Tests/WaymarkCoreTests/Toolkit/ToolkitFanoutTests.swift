import Foundation
import Testing

@testable import WaymarkCore

/// Jeffrey Dean and Luiz André Barroso, "The Tail at Scale", Communications of the
/// ACM 56(2), 2013: a server slow one time in a hundred makes 63% of requests that
/// touch 100 such servers slow.
@Suite("Toolkit: fan-out")
struct ToolkitFanoutTests {
    let calculator = Fanout.calculator

    @Test("100 backends at their p99: 63% of requests meet a slow one (Dean and Barroso; the issue's example)")
    func tailAtScale() throws {
        let result = try calculator.compute(["backends": "100", "percentile": "99"])
        let slow = try #require(result.output("probabilitySlow")?.number)
        #expect(abs(slow - 0.633_968) < 1e-6)
        #expect(abs(slow - (1 - pow(0.99, 100))) < 1e-12)
        #expect(UnitKind.fraction.format(slow) == "63.4%")
        #expect(result.warnings.count == 1)
    }

    @Test("the performance lesson's fan-out of 10 leaves about 9.6% of pages slow")
    func fanoutOfTen() throws {
        let result = try calculator.compute(["backends": "10", "percentile": "p99"])
        #expect(abs(try #require(result.output("probabilitySlow")?.number) - 0.095_617_924_991) < 1e-9)
        #expect(result.warnings.isEmpty)
    }

    @Test("to keep 100-way requests at p99, each backend must be fast at about its p99.99")
    func requiredPercentile() throws {
        let result = try calculator.compute(["backends": "100", "percentile": "99"])
        let needed = try #require(result.output("requiredPercentile")?.number)
        #expect(abs(needed - 100 * pow(0.99, 0.01)) < 1e-10)
        #expect(UnitKind.percentile.format(needed) == "p99.99")
        let tighter = try calculator.compute(["backends": "100", "percentile": "99", "target": "0.1%"])
        #expect(abs(try #require(tighter.output("requiredPercentile")?.number) - 100 * pow(0.999, 0.01)) < 1e-10)
    }

    @Test("the required percentile undoes the slow share: N backends at it are slow exactly the target share")
    func inverse() {
        for n in [1, 7, 100, 10_000] {
            for share in [0.001, 0.01, 0.2] {
                let p = Fanout.requiredPercentile(backends: n, slowShare: share)
                #expect(abs(Fanout.probabilitySlow(backends: n, percentile: p) - share) < 1e-9 * max(1, share * 100))
            }
        }
    }

    @Test("a percentile outside (0, 100) is refused, naming the field")
    func badPercentile() {
        for text in ["0", "100", "101"] {
            do {
                _ = try calculator.compute(["backends": "100", "percentile": text])
                Issue.record("\(text) accepted")
            } catch {
                #expect(error.field == "percentile")
            }
        }
    }
}
