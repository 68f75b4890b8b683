import WaymarkCore
import WaymarkCurriculum

extension CalculatorScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        guard !editors.isEmpty else { return [] }
        var outcomes: [Outcome] = []
        switch command {
        case .down:
            focus = (focus + 1) % editors.count
        case .up:
            focus = (focus + editors.count - 1) % editors.count
        case .pageDown:
            scroll += max(1, page(app))
        case .pageUp:
            scroll -= max(1, page(app))
        case .edit(let key):
            guard var edit = LineEditor.Edit(key) else { return [] }
            if case .insert(let text) = edit, let field = focusedField {
                edit = .insert(Self.oneLine(text, isList: field.isList))
            }
            if !editors[focus].apply(edit) {
                outcomes.append(
                    .message("A field holds \(editors[focus].capacity) characters at most.", isError: true))
            }
            recompute()
        case .clearField:
            editors[focus] = LineEditor("", capacity: Self.fieldCapacity)
            recompute()
        case .attach:
            guard case .success(let result) = outcome else {
                return [.message("Nothing to attach yet: fix the field marked ✗ first.", isError: true)]
            }
            return AttachChooser.open(attaching: result.summaryLine, for: calculator, from: origin, app)
        case .openLesson:
            guard app.curriculum.lesson(id: calculator.lessonID) != nil else {
                return [.message("Its lesson is not in this curriculum.", isError: false)]
            }
            let sequence = app.progress.activePath.flatMap { app.lessonSequences[$0] } ?? []
            return LessonScreen.open(calculator.lessonID, in: sequence, app)
        default:
            return []
        }
        refresh(app)
        return outcomes
    }

    /// Keeps the result's scroll position inside it.
    mutating func refresh(_ app: AppContext) {
        let total = resultLines(width: Self.resultWidth(app.width)).count
        let rows = layout(width: app.width, height: app.bodyHeight).visibleRows(total: total)
        scroll = min(max(0, scroll), max(0, total - rows))
    }

    /// What PgDn and PgUp move the result by: its rows less one kept for context.
    private func page(_ app: AppContext) -> Int {
        layout(width: app.width, height: app.bodyHeight).visibleRows(total: .max) - 1
    }

    /// A pasted column of numbers in one field: a list's lines become its items,
    /// any other field's lines are joined by spaces (and then read as one value).
    static func oneLine(_ text: String, isList: Bool) -> String {
        let lines = text.split { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return lines.joined(separator: isList ? "," : " ")
    }
}
