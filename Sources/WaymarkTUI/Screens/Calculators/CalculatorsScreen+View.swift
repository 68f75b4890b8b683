import WaymarkCore
import WaymarkCurriculum

extension CalculatorsScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        var y = region.top
        frame.put("Calculators", x: 2, y: y, style: .heading)
        y += 1
        let intro =
            "Check a lesson's arithmetic or size a real system: type your numbers and the result follows. "
            + "Ctrl-T in a calculator attaches the result to a deliverable."
        for line in TextWrapper.wrap(intro, width: region.width - 4, limit: 2) {
            frame.put(line, x: 2, y: y, style: .muted)
            y += 1
        }
        if let phase = origin?.phase(app), let first = phase.deliverables.first {
            let target = phase.deliverables.count == 1 ? first.title : "a deliverable of \(phase.focus)"
            frame.put([Span("Results attach to ", .muted), Span(target, .strong)], x: 2, y: y)
            y += 1
        }
        y += 1
        let width = region.width - 8
        let entries = Calculator.all.enumerated().map { index, calculator -> ListView.Entry in
            let lesson = app.curriculum.lesson(id: calculator.lessonID)?.title ?? calculator.lessonID
            let room = width - DisplayWidth.of(calculator.title) - 8
            var lines: [StyledLine] = [
                [
                    Span(calculator.title, .strong),
                    Span("   lesson: " + DisplayWidth.truncate(lesson, to: room), .muted),
                ]
            ]
            lines += TextWrapper.wrap(calculator.summary, width: width, limit: 2).map { [Span("    " + $0, .muted)] }
            return .init(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top), into: &frame)
    }
}
