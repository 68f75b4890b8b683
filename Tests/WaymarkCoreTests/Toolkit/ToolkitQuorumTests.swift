import Testing

@testable import WaymarkCore

/// Quorum overlap as the Dynamo paper (DeCandia et al., SOSP 2007) configures it:
/// N replicas, R for a read, W for a write, with (3, 2, 2) a common setting.
@Suite("Toolkit: quorums")
struct ToolkitQuorumTests {
    let calculator = Quorum.calculator

    private func compute(_ n: Int, _ r: Int, _ w: Int) throws -> CalculatorResult {
        try calculator.compute(["replicas": "\(n)", "read": "\(r)", "write": "\(w)"])
    }

    @Test("N=3, R=2, W=2 overlaps and survives one failure each way (the issue's example)")
    func dynamoDefault() throws {
        let result = try compute(3, 2, 2)
        #expect(result.output("overlapping")?.value == .flag(true))
        #expect(result.output("readFailuresTolerated")?.number == 1)
        #expect(result.output("writeFailuresTolerated")?.number == 1)
        #expect(result.output("writesOverlap")?.value == .flag(true))
        #expect(result.warnings.count == 1)
    }

    @Test("R + W ≤ N does not overlap, and W ≤ N/2 lets writes conflict")
    func noOverlap() throws {
        let result = try compute(3, 1, 1)
        #expect(result.output("overlapping")?.value == .flag(false))
        #expect(result.output("writesOverlap")?.value == .flag(false))
        #expect(result.warnings.count == 2)
        #expect(try compute(4, 2, 3).output("overlapping")?.value == .flag(true))
        #expect(try compute(4, 2, 2).output("overlapping")?.value == .flag(false))
    }

    @Test("overlap is exactly R + W > N for every small configuration")
    func overlapRule() throws {
        for n in 1...7 {
            for r in 1...n {
                for w in 1...n {
                    let result = try compute(n, r, w)
                    #expect(result.output("overlapping")?.value == .flag(r + w > n))
                    #expect(result.output("readFailuresTolerated")?.number == Double(n - r))
                }
            }
        }
    }

    @Test("R or W greater than N is refused, naming the field")
    func tooLarge() {
        for (texts, field) in [
            (["replicas": "3", "read": "4", "write": "2"], "read"),
            (["replicas": "3", "read": "2", "write": "5"], "write"),
            (["replicas": "3", "read": "0", "write": "2"], "read"), (["read": "2", "write": "2"], "replicas"),
        ] {
            do {
                _ = try calculator.compute(texts)
                Issue.record("\(texts) accepted")
            } catch {
                #expect(error.field == field)
            }
        }
    }
}
