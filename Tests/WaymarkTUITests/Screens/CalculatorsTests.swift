import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: calculators")
struct CalculatorsTests {
    @Test("K opens the calculators from every screen that is not one, and Enter opens the one selected")
    func fromEverywhere() {
        for keys in [[Key](), [.enter], [.character("c")], [.character("p")], [.character("b")]] {
            var state = makeState(started: true)
            press(keys + [.character("K")], on: &state)
            #expect(state.screen == .calculators(CalculatorsScreen()), "after \(keys)")
            press(.character("K"), on: &state)
            #expect(state.stack.filter { if case .calculators = $0 { true } else { false } }.count == 1)
        }
        var state = makeState(started: true)
        press(.character("K"), .character("G"), .enter, on: &state)
        #expect(state.calculator?.calculator.id == Calculator.all.last?.id)
        press(.escape, .escape, on: &state)
        #expect(state.screen == .plan(PlanScreen(pathID: "foundation-builder")))
    }

    @Test("the list names every calculator with its summary")
    func listsAll() {
        var state = makeState(started: true, width: 120, height: 60)
        press(.character("K"), on: &state)
        let screen = ScreenRenderer.render(state).lines.joined(separator: "\n")
        for calculator in Calculator.all {
            #expect(screen.contains(calculator.title))
            #expect(screen.contains(String(calculator.summary.prefix(40))))
        }
    }

    @Test("on a phase without calculator lessons, K opens the plain list; results then ask where to go")
    func phaseWithoutCalculators() {
        var state = makeState(started: true)
        press(.enter, .character("K"), on: &state)
        #expect(state.screen == .calculators(CalculatorsScreen()))
    }

    @Test("on the deliverable row of Quantitative Tools, K selects the calculator of its first lesson")
    func phaseDeliverableRow() {
        var state = makeState(started: true)
        press(.down, .down, .enter, .character("G"), .character("K"), on: &state)
        guard case .calculators(let list) = state.screen else {
            Issue.record("no list")
            return
        }
        #expect(Calculator.all[list.cursor.index].id == "capacity")
    }

    @Test("K on a lesson that has a calculator opens it directly; Ctrl-O and K go back and forth without piling up")
    func fromLesson() {
        var state = makeState(started: true)
        press(.down, .down, .enter, .enter, on: &state)
        #expect(state.lesson?.lessonID == "littles-law")
        let footer = Chrome.footer(for: state.screen, state.app, width: 120).plainText
        #expect(footer.contains("K Little's Law calculator"))
        press(.character("K"), on: &state)
        #expect(state.calculator?.calculator.id == "littles")
        #expect(state.calculator?.origin == nil)
        press(.control("u"), .character("9"), .control("o"), on: &state)
        #expect(state.lesson?.lessonID == "littles-law")
        let depth = state.stack.count
        press(.character("K"), on: &state)
        #expect(state.calculator?.texts["arrival-rate"] == "9")
        #expect(state.stack.count == depth - 1)
    }

    @Test("K on a lesson with no calculator opens the list")
    func fromOtherLesson() {
        var state = makeState(started: true)
        press(.enter, .enter, .enter, on: &state)  // Read Laws 1-4, its first lesson
        #expect(state.lesson?.lessonID == "law-correlated-failure")
        press(.character("K"), on: &state)
        #expect(state.screen == .calculators(CalculatorsScreen()))
    }

    @Test("Ctrl-O opens the calculator's lesson in the path's sequence")
    func opensLesson() {
        var state = makeState(started: true)
        let effects = press(.character("K"), .down, .down, .enter, .control("o"), on: &state)
        #expect(state.lesson?.lessonID == "queueing-utilization-latency")
        #expect(state.lesson?.sequence == state.app.lessonSequences["foundation-builder"])
        #expect(effects.contains(.loadLesson("queueing-utilization-latency")))
    }

    @Test("with no path started, attaching says to start one")
    func attachWithoutPath() {
        var state = makeState()
        press(.character("K"), .enter, .control("t"), on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.text.hasPrefix("Start a path first") == true)
    }

    @Test("in the smallest window the field in focus stays in view and nothing spills past the body")
    func smallWindow() {
        for (index, calculator) in Calculator.all.enumerated() {
            var state = makeState(started: true, width: 50, height: 14)
            press([.character("K")] + [Key](repeating: .down, count: index) + [.enter, .up], on: &state)
            let field = state.calculator?.focusedField
            let lines = ScreenRenderer.render(state).lines
            let label = String(field?.label.prefix(8) ?? "?")
            #expect(lines.contains { $0.contains("▸ " + label) }, "\(calculator.id): \(lines.joined(separator: "\n"))")
            let belowBody = lines[(2 + state.app.bodyHeight)..<(lines.count - 1)]
            #expect(belowBody.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(calculator.id)")
        }
    }
}
