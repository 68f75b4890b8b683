import WaymarkCore
import WaymarkCurriculum

extension CalculatorsScreen {
    /// What the calculators key (K) opens, from where the learner is. Which lessons
    /// have a calculator is data (each calculator names its lesson), so no screen
    /// needs code of its own for it:
    /// - on a lesson that has a calculator, that calculator; or, when the lesson was
    ///   opened from that calculator, back to it with the numbers typed so far;
    /// - on a phase whose activities or deliverables include such a lesson, the list,
    ///   on the calculator of the row under the cursor, with results going to that
    ///   phase's deliverable;
    /// - anywhere else, the list.
    static func open(from stack: [Screen], _ app: AppContext) -> [Outcome] {
        switch stack.last {
        case .calculators?, .calculator?:
            return []
        case .lesson(let lesson)?:
            guard let calculator = Calculator.all.first(where: { $0.lessonID == lesson.lessonID }) else { break }
            if stack.count > 1, case .calculator(let below) = stack[stack.count - 2],
                below.calculator.id == calculator.id
            {
                return [.pop]
            }
            return [.push(.calculator(CalculatorScreen(calculator)))]
        case .phase(let phaseScreen)?:
            guard let phase = phaseScreen.phase(app) else { break }
            let phaseLessons = (phase.activities.flatMap(\.lessonIDs) + phase.deliverables.flatMap(\.lessonIDs))
            guard phaseLessons.contains(where: { Self.calculatorIndex(forLesson: $0) != nil }) else { break }
            let items = phaseScreen.items(app)
            var rowLessons: [String] = []
            if items.indices.contains(phaseScreen.cursor.index) {
                switch items[phaseScreen.cursor.index] {
                case .activity(let activity): rowLessons = activity.lessonIDs
                case .deliverable(let deliverable): rowLessons = deliverable.lessonIDs
                }
            }
            let index = rowLessons.lazy.compactMap(Self.calculatorIndex(forLesson:)).first ?? 0
            let origin = PhaseReference(pathID: phaseScreen.phasePathID, phaseIndex: phaseScreen.phaseIndex)
            return [.push(.calculators(CalculatorsScreen(origin: origin, cursor: index)))]
        default:
            break
        }
        return [.push(.calculators(CalculatorsScreen()))]
    }

    /// Where in the list the calculator for `lessonID` is, if it has one.
    static func calculatorIndex(forLesson lessonID: String) -> Int? {
        Calculator.all.firstIndex { $0.lessonID == lessonID }
    }
}

extension CalculatorsScreen {
    /// The reader's own line for K on a lesson that has a calculator, so its help
    /// and footer say what K opens there.
    static func keys(onLesson lessonID: String) -> [KeyBinding] {
        guard let calculator = Calculator.all.first(where: { $0.lessonID == lessonID }) else { return [] }
        return [KeyBinding([.character("K")], .calculators, "\(calculator.title) calculator", inFooter: true)]
    }
}
