import WaymarkCore
import WaymarkCurriculum

extension PhaseScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let path = app.path(phasePathID), let phase = phase(app) else { return }
        var y = region.top
        frame.put(
            [
                Span("\(phase.weeksLabel) · \(phase.focus)", .heading),
                Span("   phase \(phaseIndex + 1) of \(path.phases.count)", .muted),
            ], x: 2, y: y)
        y += 1
        for line in TextWrapper.wrap(phase.summary, width: region.width - 4, limit: 2) where !phase.summary.isEmpty {
            frame.put(line, x: 2, y: y, style: .muted)
            y += 1
        }
        y += 1
        let width = region.width - 8
        var entries: [ListView.Entry] = [.init(lines: [[Span("Key activities", .heading)]], item: nil)]
        var item = 0
        for activity in phase.activities {
            let lessons = activity.lessonIDs.compactMap { app.curriculum.lesson(id: $0) }
            let read = lessons.filter { app.progress.lessonsRead[$0.id] != nil }.count
            var lines: [StyledLine] = [
                [
                    Span("• ", .accent), Span(activity.text, .strong),
                    Span("   \(read)/\(lessons.count) lessons read", .muted),
                ]
            ]
            let titles = lessons.map { (app.progress.lessonsRead[$0.id] != nil ? "✓ " : "") + $0.title }.joined(
                separator: " · ")
            lines += TextWrapper.wrap(titles, width: width, limit: 2).map { [Span("    " + $0, .muted)] }
            entries.append(.init(lines: lines, item: item))
            item += 1
        }
        entries.append(.init(lines: [[], [Span("Deliverables", .heading)]], item: nil))
        for deliverable in phase.deliverables {
            let progress = app.progress.deliverables[deliverable.id]
            let stateValue = progress?.state ?? .todo
            let boxStyle: CellStyle =
                stateValue == .done ? CellStyle(role: .good, bold: true) : (stateValue == .todo ? .strong : .warning)
            var lines: [StyledLine] = [
                [
                    Span(stateValue.checkbox, boxStyle), Span(" "), Span(deliverable.title, .strong),
                    Span("  \(stateValue.label)", stateValue == .todo ? .muted : boxStyle),
                    Span(
                        deliverable.steps.isEmpty
                            ? "" : "  \(app.progress.stepsDone(of: deliverable))/\(deliverable.steps.count) steps",
                        .muted),
                ]
            ]
            lines += TextWrapper.wrap(deliverable.description, width: width, limit: 2).map {
                [Span("    " + $0, .muted)]
            }
            // What Enter opens, so it is no surprise.
            let linked = deliverable.lessonIDs.compactMap { app.curriculum.lesson(id: $0) }
            if !linked.isEmpty {
                let titles = linked.map { (app.progress.lessonsRead[$0.id] != nil ? "✓ " : "") + $0.title }
                lines += TextWrapper.wrap("lessons: " + titles.joined(separator: " · "), width: width, limit: 1).map {
                    [Span("    " + $0, .muted)]
                }
            }
            if let note = progress?.note {
                lines += TextWrapper.wrap("note: " + note, width: width, limit: 3).map {
                    [Span("    " + $0, CellStyle(role: .accent))]
                }
            }
            entries.append(.init(lines: lines, item: item))
            item += 1
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top), into: &frame)
    }
}
