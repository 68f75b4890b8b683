import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: calculator")
struct CalculatorTests {
    /// The queue calculator opened from the list over the plan, on its example
    /// (80/s arriving, 100/s served), with the arrival rate in focus.
    func queue(width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(started: true, width: width, height: height)
        press(.character("K"), .down, .down, .enter, on: &state)
        return state
    }

    /// Types `text` into the field in focus, a key per character.
    func type(_ text: String, on state: inout AppState) {
        press(text.map { Key.character($0) }, on: &state)
    }

    func screenText(_ state: AppState) -> String {
        ScreenRenderer.render(state).lines.joined(separator: "\n")
    }

    @Test("the queue opens on its example with the arrival rate in focus and a result to read")
    func opensOnExample() throws {
        let state = queue()
        let calculator = try #require(state.calculator)
        #expect(calculator.calculator.id == "queue")
        #expect(calculator.focusedField?.name == "arrival-rate")
        #expect(calculator.texts == ["arrival-rate": "80/s", "service-rate": "100/s", "servers": ""])
        let result = try calculator.outcome.get()
        #expect(result.output("utilization")?.number == 0.8)
    }

    @Test("typing a rate recomputes the result on every key")
    func typingRecomputes() throws {
        var state = queue(width: 120, height: 40)
        press(.control("u"), on: &state)
        type("9", on: &state)
        #expect(try state.calculator?.outcome.get().output("utilization")?.number == 0.09)
        type("0/s", on: &state)
        let result = try #require(try state.calculator?.outcome.get())
        #expect(abs((result.output("utilization")?.number ?? 0) - 0.9) < 1e-12)
        #expect(abs((result.output("meanResponseTimeSeconds")?.number ?? 0) - 0.1) < 1e-12)
        let screen = screenText(state)
        #expect(screen.contains("Utilisation ρ           90%"))
        #expect(screen.contains("ρ = λ / μ = 90/s / 100/s = 90%"))
    }

    @Test("a unit that does not fit the field shows an error naming that field, and no result")
    func badUnit() {
        var state = queue()
        press(.control("u"), on: &state)
        type("50ms", on: &state)
        guard case .failure(let error) = state.calculator?.outcome else {
            Issue.record("a time was taken as a rate")
            return
        }
        #expect(error.field == "arrival-rate")
        let screen = screenText(state)
        #expect(screen.contains("✗ Arrival rate λ: 'ms' is a time"), "\(screen)")
        #expect(!screen.contains("Utilisation ρ "))
        let row = screen.split(separator: "\n").first { $0.contains("Arrival rate λ") }
        #expect(row?.contains("✗") == true)
    }

    @Test("utilisation of 1 or more is called unstable, never given a number")
    func unstable() {
        for rate in ["100/s", "250/s"] {
            var state = queue()
            press(.control("u"), on: &state)
            type(rate, on: &state)
            guard case .failure(let error) = state.calculator?.outcome else {
                Issue.record("\(rate) against 100/s gave a result")
                continue
            }
            #expect(error.field == "arrival-rate")
            #expect(error.message.contains("unstable"))
            let screen = screenText(state)
            #expect(screen.contains("the queue is unstable"))
            #expect(!screen.lowercased().contains("nan") && !screen.contains("inf "))
        }
    }

    @Test("whatever is typed into any field, no screen shows NaN or infinity")
    func neverNaN() {
        let typed = [
            "0", "-1", "1e999", "1e308", "1e308/s", "1e-320", "99.99999999999%", "0.0000001ms", "3 nines", "x",
        ]
        for (index, calculator) in Calculator.all.enumerated() {
            for field in calculator.fields.indices {
                for text in typed + ["nan", "inf", "-inf"] {
                    var state = makeState(started: true)
                    press([.character("K")] + [Key](repeating: .down, count: index) + [.enter], on: &state)
                    let focus = state.calculator?.focus ?? 0
                    let moves = (field - focus + calculator.fields.count) % calculator.fields.count
                    press([Key](repeating: .tab, count: moves) + [.control("u"), .paste(text)], on: &state)
                    let outputs = (try? state.calculator?.outcome.get().outputs) ?? []
                    #expect(outputs.allSatisfy { $0.number?.isFinite ?? true }, "\(calculator.id) \(field) \(text)")
                    // Typed NaN or infinity is refused by name; anything else never turns into one.
                    guard typed.contains(text) else {
                        #expect((try? state.calculator?.outcome.get()) == nil, "\(calculator.id) took \(text)")
                        continue
                    }
                    let words = screenText(state).lowercased().split { !$0.isLetter }
                    #expect(!words.contains("nan") && !words.contains("inf"), "\(calculator.id) \(field) \(text)")
                }
            }
        }
    }

    @Test("attaching appends the summary line to the deliverable's note on a new line")
    func attachAppends() throws {
        var state = queue()
        state.progress.apply(.setNote(deliverableID: "capacity-plan-for-toy-system", "Peak from logs.", at: fixedNow))
        press(.control("u"), on: &state)
        type("90/s", on: &state)
        let summary = try #require(try state.calculator?.outcome.get().summaryLine)
        press(.control("t"), on: &state)
        guard case .attachChooser(let chooser) = state.overlay else {
            Issue.record("no chooser: the calculator was not opened from a phase")
            return
        }
        #expect(chooser.deliverables[chooser.cursor].id == "capacity-plan-for-toy-system")
        let effects = press(.enter, on: &state)
        let note = "Peak from logs.\n" + summary
        #expect(state.progress.deliverables["capacity-plan-for-toy-system"]?.note == note)
        #expect(effects == [.save([.setNote(deliverableID: "capacity-plan-for-toy-system", note, at: fixedNow)])])
        #expect(summary.hasPrefix("Queueing (M/M/c): arrival rate λ 90/s, service rate per server μ 100/s"))
        #expect(summary.contains("→ utilisation ρ 90%") && summary.contains("(ρ = λ / μ = 90/s / 100/s = 90%;"))
        #expect(state.overlay == nil && state.message?.text.contains("Capacity plan for toy system") == true)
        #expect(state.calculator != nil)
    }

    @Test("opened from a phase with one deliverable, a result attaches to it at once")
    func attachFromPhase() throws {
        var state = makeState(started: true)
        press(.down, .down, .enter, .down, .down, .character("K"), on: &state)
        guard case .calculators(let list) = state.screen else {
            Issue.record("K on the phase did not open the calculators")
            return
        }
        #expect(list.origin == PhaseReference(pathID: "foundation-builder", phaseIndex: 2))
        #expect(Calculator.all[list.cursor.index].id == "queue")  // the "Calculators" activity's first lesson
        press(.enter, .control("t"), on: &state)
        #expect(state.overlay == nil)
        let note = try #require(state.progress.deliverables["capacity-plan-for-toy-system"]?.note)
        #expect(note.hasPrefix("Queueing (M/M/c): "))
        press(.control("t"), on: &state)
        let twice = try #require(state.progress.deliverables["capacity-plan-for-toy-system"]?.note)
        #expect(twice == note + "\n" + note)
    }

    @Test("a result with an error is not attached")
    func noAttachOnError() {
        var state = queue()
        press(.control("u"), .control("t"), on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.isError == true)
        #expect(state.progress.deliverables["capacity-plan-for-toy-system"] == nil)
    }

    @Test("Esc in the chooser attaches nothing")
    func chooserCancels() {
        var state = queue()
        press(.control("t"), .down, .escape, on: &state)
        #expect(state.overlay == nil)
        #expect(state.progress.deliverables.isEmpty)
    }

    @Test("letters are text in a field: q, p, K, h, j and g type instead of quitting or moving")
    func lettersAreText() {
        var state = queue()
        let effects = press([.control("u")] + "qpKhjg?".map { Key.character($0) }.dropLast(), on: &state)
        #expect(!effects.contains(.quit))
        #expect(state.calculator?.texts["arrival-rate"] == "qpKhjg")
        press(.backspace, .left, .character("x"), on: &state)
        #expect(state.calculator?.texts["arrival-rate"] == "qpKhxj")
        press(.character("?"), on: &state)
        #expect(state.overlay == .help)
    }

    @Test("Tab, Enter and ↓ move to the next field, ↑ back, wrapping at the ends")
    func fieldMovement() throws {
        var state = queue()
        press(.tab, on: &state)
        #expect(state.calculator?.focusedField?.name == "service-rate")
        press(.enter, .down, on: &state)
        #expect(state.calculator?.focusedField?.name == "arrival-rate")
        press(.up, on: &state)
        #expect(state.calculator?.focusedField?.name == "servers")
        type("2", on: &state)
        #expect(try state.calculator?.outcome.get().output("probabilityOfWaiting") != nil)
    }

    @Test("a pasted column fills a list field as its items")
    func pasteList() {
        var state = makeState(started: true)
        press(.character("K"), .down, .enter, .control("u"), .paste("99.9%\n99.9%\n99.9%\n"), on: &state)
        #expect(state.calculator?.texts["series"] == "99.9%,99.9%,99.9%")
        let availability = try? state.calculator?.outcome.get().output("availability")?.number
        #expect(abs((availability ?? 0) - 0.997003) < 1e-6)
    }

    @Test("help on a calculator lists only the keys that work there")
    func helpKeys() {
        let state = queue()
        let bindings = GlobalKeys.bindings(on: state.screen)
        let keys = Set(bindings.flatMap(\.keys))
        #expect(keys.isSuperset(of: [.control("t"), .control("o"), .escape, .tab, .character("?")]))
        #expect(keys.isDisjoint(with: [.character("q"), .character("p"), .character("K"), .backspace, .left]))
        #expect(
            Chrome.footer(for: state.screen, state.app, width: 80).plainText.contains("Ctrl-T attach to a deliverable"))
    }
}

extension AppState {
    /// The calculator on top of the stack, if that is what is there.
    var calculator: CalculatorScreen? {
        if case .calculator(let calculator) = screen { calculator } else { nil }
    }
}
