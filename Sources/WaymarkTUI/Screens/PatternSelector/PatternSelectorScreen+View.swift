import WaymarkCore
import WaymarkCurriculum

extension PatternSelectorScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let concerns = app.curriculum.reference.selector
        guard !concerns.isEmpty else {
            frame.put("This course has no pattern selector.", x: 2, y: region.top, style: .muted)
            return
        }
        let width = region.width - 4
        var y = region.top
        var entries: [ListView.Entry] = []
        if let (concern, trail, node) = position(app) {
            frame.put([Span(concern.title, .heading), Span("  " + concern.prompt, .muted)], x: 2, y: y, limit: width)
            y += 1
            // The answers so far; the questions come back with Esc.
            for step in trail {
                let line: StyledLine = [Span("✓ ", CellStyle(role: .good, bold: true)), Span(step.answer)]
                frame.put(line, x: 2, y: y, limit: width)
                y += 1
            }
            y += 1
            if node.isLeaf {
                frame.put("Patterns that fit, best first", x: 2, y: y, style: .strong, limit: width)
                for (index, pick) in node.picks.enumerated() {
                    let name = app.curriculum.reference.pattern(id: pick.id)?.name ?? pick.id
                    var lines: [StyledLine] = [[Span("\(index + 1). ", .accent), Span(name, .strong)]]
                    lines += TextWrapper.wrap(pick.why, width: width - 6).map { [Span("    " + $0, .muted)] }
                    entries.append(.init(lines: lines, item: index))
                }
            } else {
                for line in TextWrapper.wrap(node.question, width: width, limit: 2) {
                    frame.put(line, x: 2, y: y, style: .strong)
                    y += 1
                }
                y -= 1
                entries = node.options.enumerated().map { index, option in
                    let lines = TextWrapper.wrap(option.answer, width: width - 4).enumerated().map { line, text in
                        [Span(line == 0 ? text : "  " + text)]
                    }
                    return .init(lines: lines, item: index)
                }
            }
        } else {
            frame.put(
                "What is the trouble? Pick a concern, then answer a question or three.", x: 2, y: y, style: .strong,
                limit: width)
            entries = concerns.enumerated().map { index, concern in
                var lines: [StyledLine] = [[Span(concern.title, .strong)]]
                lines += TextWrapper.wrap(concern.prompt, width: width - 4, limit: 2).map { [Span("   " + $0, .muted)] }
                return .init(lines: lines, item: index)
            }
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top + 2), into: &frame)
    }
}
