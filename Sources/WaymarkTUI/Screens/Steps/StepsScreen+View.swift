import WaymarkCore
import WaymarkCurriculum

extension StepsScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let deliverable = deliverable(app) else { return }
        var y = region.top
        let done = app.progress.stepsDone(of: deliverable)
        let state = app.progress.state(of: deliverable.id)
        frame.put(
            [
                Span(deliverable.title, .heading),
                Span("   \(done)/\(deliverable.steps.count) steps · \(state.label)", .muted),
            ], x: 2, y: y, limit: region.width - 3)
        y += 1
        for line in TextWrapper.wrap(deliverable.description, width: region.width - 4, limit: 2)
        where !deliverable.description.isEmpty {
            frame.put(line, x: 2, y: y, style: .muted)
            y += 1
        }
        y += 1
        let entries = deliverable.steps.enumerated().map { index, step -> ListView.Entry in
            let ticked = app.progress.steps[step.id]?.done == true
            let box = ticked ? Span("[x]", CellStyle(role: .good, bold: true)) : Span("[ ]", .strong)
            let lines = TextWrapper.wrap(step.text, width: region.width - 10, limit: 3)
            let styled: [StyledLine] = lines.enumerated().map { offset, text in
                offset == 0 ? [box, Span(" "), Span(text)] : [Span("    " + text)]
            }
            return .init(lines: styled.isEmpty ? [[box]] : styled, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top), into: &frame)
    }
}
