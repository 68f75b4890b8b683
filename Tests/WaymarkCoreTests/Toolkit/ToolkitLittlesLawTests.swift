import PropertyBased
import Testing

@testable import WaymarkCore

/// Little's Law, L = λW (J. D. C. Little, "A Proof for the Queuing Formula: L = λW",
/// Operations Research 9(3), 1961).
@Suite("Toolkit: Little's Law")
struct ToolkitLittlesLawTests {
    let calculator = LittlesLaw.calculator

    @Test("800 requests a second staying 50 ms keep 40 in the system (the issue's example)")
    func issueExample() throws {
        let result = try calculator.compute(["arrival-rate": "800/s", "time-in-system": "50ms"])
        #expect(abs(try #require(result.output("itemsInSystem")?.number) - 40) < 1e-9)
        #expect(result.formula == ["L = λ × W = 800/s × 50 ms = 40"])
        #expect(result.reading == "On average 40 items are in the system: 800/s arrive and each stays 50 ms.")
        #expect(result.warnings.isEmpty)
    }

    @Test("the lesson's capacity cross-check: 3,472/s at 80 ms is about 278 in flight")
    func capacityCrossCheck() throws {
        let result = try calculator.compute(["arrival-rate": "3472/s", "time-in-system": "80ms"])
        #expect(abs(try #require(result.output("itemsInSystem")?.number) - 277.76) < 1e-9)
    }

    @Test("given items and time it gives the rate, given items and rate the time")
    func otherUnknowns() throws {
        let rate = try calculator.compute(["items-in-system": "40", "time-in-system": "50ms"])
        #expect(abs(try #require(rate.output("arrivalRatePerSecond")?.number) - 800) < 1e-9)
        #expect(rate.formula == ["λ = L / W = 40 / 50 ms = 800/s"])
        let time = try calculator.compute(["items-in-system": "40", "arrival-rate": "48000/min"])
        #expect(abs(try #require(time.output("timeInSystemSeconds")?.number) - 0.05) < 1e-12)
        #expect(time.formula == ["W = L / λ = 40 / 800/s = 50 ms"])
    }

    @Test("three values that disagree are flagged as a measurement problem")
    func disagreement() throws {
        let result = try calculator.compute([
            "items-in-system": "40", "arrival-rate": "800/s", "time-in-system": "40ms",
        ])
        #expect(abs(try #require(result.output("impliedItemsInSystem")?.number) - 32) < 1e-9)
        #expect(result.warnings.count == 1)
        let agreeing = try calculator.compute([
            "items-in-system": "40", "arrival-rate": "800/s", "time-in-system": "50ms",
        ])
        #expect(agreeing.warnings.isEmpty)
    }

    @Test("fewer than two values is an error naming all three fields")
    func tooFew() {
        #expect(throws: CalculatorError.self) { try calculator.compute(["arrival-rate": "800/s"]) }
        do {
            _ = try calculator.compute([:])
        } catch {
            #expect(error.field == nil)
            #expect(error.message.contains("items-in-system, arrival-rate and time-in-system"))
        }
    }

    @Test("solving for each variable in turn gives back the inputs")
    func solvingRoundTrips() async {
        let rates = Gen.double(in: 0.001...1e6)
        let times = Gen.double(in: 1e-6...1e4)
        await propertyCheck(count: 500, input: zip(rates, times)) { rate, time in
            let items = try #require(LittlesLaw.solve(items: nil, rate: rate, time: time)).items
            let backRate = try #require(LittlesLaw.solve(items: items, rate: nil, time: time)).rate
            let backTime = try #require(LittlesLaw.solve(items: items, rate: rate, time: nil)).time
            #expect(abs(backRate - rate) <= 1e-12 * rate)
            #expect(abs(backTime - time) <= 1e-12 * time)
        }
    }
}
