import WaymarkCore
import WaymarkCurriculum

extension PathPickerScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let intro =
            app.progress.activePath == nil
            ? "Pick the path that fits you. Enter shows its plan; s starts it."
            : "Switch paths, or Esc to go back. Progress on every path is kept."
        frame.put(" " + intro, x: 1, y: region.top, style: .muted)
        OrphanNotice.draw(app, at: region.top + 1, width: region.width, into: &frame)
        var entries: [ListView.Entry] = []
        for (index, path) in app.curriculum.paths.enumerated() {
            let standing = PathStanding.completion(of: path, in: app.progress)
            var title: StyledLine = [Span(path.title, .strong)]
            if path.id == app.recommendedPathID {
                title.append(Span("  ★ recommended for you", CellStyle(role: .warning, bold: true)))
            }
            if path.id == app.progress.activePath {
                title.append(Span("  ● active", CellStyle(role: .good, bold: true)))
            }
            let hours =
                path.hoursPerWeek.first == path.hoursPerWeek.last
                ? "\(path.hoursPerWeek.first)" : "\(path.hoursPerWeek)"
            entries.append(
                .init(
                    lines: [
                        title,
                        [
                            Span(
                                "  For \(path.audience.lowercasedFirst) · \(path.durationWeeks) weeks · \(hours) h/week",
                                .muted)
                        ],
                        [Span("  " + path.focusOrder.joined(separator: " → ") + "  ")]
                            + Chrome.bar(done: standing.done, total: standing.total)
                            + [Span("  \(standing.percent)%", .muted)],
                        [],
                    ], item: index))
        }
        let bootcamp = app.curriculum.bootcamp
        let sequence = app.bootcampSequence
        let read = sequence.filter { app.progress.lessonsRead[$0] != nil }.count
        entries.append(
            .init(
                lines: [
                    [Span(bootcamp.title, .strong), Span("  — the prelude to every path", .muted)],
                    [Span("  \(bootcamp.steps.count) steps · \(read)/\(sequence.count) lessons read", .muted)],
                ], item: app.curriculum.paths.count))
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(2), into: &frame)
    }
}
