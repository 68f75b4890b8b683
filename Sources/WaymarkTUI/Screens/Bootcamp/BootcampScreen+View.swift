import WaymarkCore
import WaymarkCurriculum

extension BootcampScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let bootcamp = app.curriculum.bootcamp
        var y = region.top
        for line in TextWrapper.wrap(bootcamp.summary, width: region.width - 4, limit: 2) {
            frame.put(line, x: 2, y: y, style: .muted)
            y += 1
        }
        var entries: [ListView.Entry] = []
        for (index, step) in bootcamp.steps.enumerated() {
            let read = !step.lessonIDs.isEmpty && step.lessonIDs.allSatisfy { app.progress.lessonsRead[$0] != nil }
            let mark = read ? Span("✓ ", CellStyle(role: .good, bold: true)) : Span("  ")
            var lines: [StyledLine] = [[mark, Span("\(index + 1). \(step.title)", .strong)]]
            for line in TextWrapper.wrap(step.text, width: region.width - 10, limit: 3) {
                lines.append([Span("     " + line)])
            }
            let titles = step.lessonIDs.compactMap { app.curriculum.lesson(id: $0) }.map {
                "\($0.title) · \($0.minutes) min"
            }
            lines.append([Span("     lesson: " + titles.joined(separator: "; "), .muted)])
            lines.append([])
            entries.append(.init(lines: lines, item: index))
        }
        if !bootcamp.nextSteps.isEmpty {
            var after: [StyledLine] = [[Span("  After the \(bootcamp.title)", .heading)]]
            after += bootcamp.nextSteps.map { [Span("   • " + $0, .muted)] }
            entries.append(.init(lines: after, item: nil))
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top + 1), into: &frame)
    }
}
