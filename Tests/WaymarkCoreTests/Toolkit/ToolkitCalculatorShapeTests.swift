import Foundation
import Testing
import WaymarkCurriculum

@testable import WaymarkCore

/// What the view and the command line rely on for every calculator alike.
@Suite("Toolkit: the calculator shape")
struct ToolkitCalculatorShapeTests {
    @Test("the eight calculators have distinct ids and each teaches from a bundled lesson")
    func catalogue() {
        #expect(
            Calculator.all.map(\.id) == [
                "littles", "availability", "queue", "capacity", "fanout", "quorum", "retry", "cost",
            ])
        let curriculum = BundledCurriculum.curriculum
        for calculator in Calculator.all {
            #expect(curriculum.lesson(id: calculator.lessonID) != nil, "\(calculator.id): \(calculator.lessonID)")
            #expect(Calculator.named(calculator.id)?.id == calculator.id)
        }
        #expect(Calculator.named("nope") == nil)
    }

    @Test("field names are unique per calculator, defaults read cleanly, and keys are camelCase")
    func fields() throws {
        for calculator in Calculator.all {
            let names = calculator.fields.map(\.name)
            #expect(Set(names).count == names.count, "\(calculator.id)")
            for field in calculator.fields {
                if let text = field.defaultText { _ = try field.read(text) }
                #expect(!field.key.contains("-"))
                #expect(field.key.first?.isLowercase == true)
            }
        }
        #expect(LittlesLaw.arrivalRate.key == "arrivalRate")
        #expect(CapacityPlan.instanceThroughput.key == "instanceThroughput")
    }

    @Test("every calculator's example computes, with a one-line summary holding its inputs and formula")
    func examples() throws {
        for calculator in Calculator.all {
            let texts = Dictionary(uniqueKeysWithValues: calculator.example.map { ($0.field, $0.text) })
            let result = try calculator.compute(texts)
            #expect(result.calculator == calculator.id)
            #expect(!result.outputs.isEmpty && !result.formula.isEmpty && !result.reading.isEmpty)
            let summary = result.summaryLine
            #expect(!summary.contains("\n"))
            #expect(summary.hasPrefix(calculator.title + ": "))
            #expect(summary.contains(result.formula[0]))
            for output in result.outputs {
                if case .number(let value, _) = output.value { #expect(value.isFinite) }
            }
        }
    }

    @Test("the summary line reads inputs, outputs and formula in one line")
    func summaryLine() throws {
        let result = try LittlesLaw.calculator.compute(["arrival-rate": "800/s", "time-in-system": "50ms"])
        #expect(
            result.summaryLine
                == "Little's Law: arrival rate λ 800/s, time in system W 50 ms → items in system L 40 "
                + "(L = λ × W = 800/s × 50 ms = 40)")
    }

    @Test("inputs list defaults that were used, in field order; blank texts count as left out")
    func inputsAndDefaults() throws {
        let result = try Queueing.calculator.compute(["arrival-rate": "80/s", "service-rate": "100/s", "servers": " "])
        #expect(result.inputs.map(\.field.name) == ["arrival-rate", "service-rate", "servers"])
        #expect(result.inputs.last?.value == .number(1))
    }

    @Test("an unknown field is refused with the closest name")
    func unknownField() {
        do {
            _ = try LittlesLaw.calculator.compute(["arival-rate": "800/s"])
            Issue.record("accepted an unknown field")
        } catch {
            #expect(error.field == "arival-rate")
            #expect(error.message.hasSuffix("Did you mean arrival-rate?"))
        }
    }

    @Test("a value errors with the field's name in front of the reason")
    func fieldErrors() {
        do {
            _ = try LittlesLaw.calculator.compute(["arrival-rate": "50ms", "time-in-system": "1s"])
            Issue.record("accepted a time as a rate")
        } catch {
            #expect(error.field == "arrival-rate")
            #expect(error.description.hasPrefix("arrival-rate: 'ms' is a time"))
        }
        for (texts, message) in [
            (["arrival-rate": "0", "time-in-system": "1s"], "must be more than zero"),
            (["arrival-rate": "2e12/s", "time-in-system": "1s"], "is too large"),
        ] {
            #expect(throws: CalculatorError.self) { try LittlesLaw.calculator.compute(texts) }
            do { _ = try LittlesLaw.calculator.compute(texts) } catch { #expect(error.message.contains(message)) }
        }
    }

    @Test("JSON carries camelCase inputs and outputs in SI units, whole numbers without a fraction")
    func json() throws {
        let result = try Queueing.calculator.compute(["arrival-rate": "4800/min", "service-rate": "100/s"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(CalculatorJSON(result)), as: UTF8.self)
        #expect(
            text.hasPrefix(
                "{\"calculator\":\"queue\",\"inputs\":{\"arrivalRate\":80,\"servers\":1,\"serviceRate\":100}"))
        #expect(text.contains("\"meanResponseTimeSeconds\":0.05,"))
        #expect(text.contains("\"meanQueueLength\":3.2,"))
        #expect(text.hasSuffix("\"warnings\":[]}"))
        let quorum = try Quorum.calculator.compute(["replicas": "3", "read": "2", "write": "2"])
        let flags = String(decoding: try encoder.encode(CalculatorJSON(quorum)), as: UTF8.self)
        #expect(flags.contains("\"overlapping\":true"))
    }

    @Test("the text form has the formula, the reading and, for a queue, the chart")
    func text() throws {
        let result = try Queueing.calculator.compute(["arrival-rate": "80/s", "service-rate": "100/s"])
        let text = result.text(style: .plain, width: 72)
        for expected in [
            "Queueing (M/M/c)", "  Utilisation ρ", "80%", "W = 1 / (μ − λ) = 1 / (100/s − 80/s) = 50 ms",
            "At 80% busy, a request spends 50 ms", "Mean response time against utilisation", "50 ms ◀ you",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let chart = text.split(separator: "\n").drop { !$0.hasPrefix("Mean response time") }.dropFirst()
        #expect(chart.count == 11)
        #expect(chart.allSatisfy { DisplayWidth.of(String($0)) <= 72 })
    }

    @Test("numbers read as people write them")
    func formats() {
        #expect(UnitKind.duration.format(3_155.76) == "52.6 min")
        #expect(UnitKind.duration.format(0.05) == "50 ms")
        #expect(UnitKind.duration.format(0.999_999) == "1 s")
        #expect(UnitKind.duration.format(2.5e-4) == "250 µs")
        #expect(UnitKind.duration.format(30 * 86_400) == "30 d")
        #expect(UnitKind.duration.format(730 * 3_600) == "730 h")
        #expect(UnitKind.rate.format(3_472.2) == "3,472/s")
        #expect(UnitKind.rate.format(1.0 / 3_600) == "1/h")
        #expect(UnitKind.availability.format(0.9999) == "99.99%")
        #expect(UnitKind.availability.format(0.999_683_772) == "99.9684%")
        #expect(UnitKind.availability.format(1) == "100%")
        #expect(UnitKind.fraction.format(0.642_857) == "64.29%")
        #expect(UnitKind.percentile.format(99.9) == "p99.9")
        #expect(UnitKind.factor.format(27) == "27x")
        #expect(UnitKind.count.format(1e20) == "1e+20")
    }
}
