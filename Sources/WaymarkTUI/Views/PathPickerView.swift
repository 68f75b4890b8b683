import WaymarkCore
import WaymarkCurriculum

/// The four paths with their shape and progress, and the Bootcamp as a prelude.
enum PathPickerView {
    static func draw(_ state: AppState, in region: Region, into frame: inout Frame) {
        let intro =
            state.progress.activePath == nil
            ? "Pick the path that fits you. Enter starts it; w helps you choose."
            : "Switch paths, or Esc to go back. Progress on every path is kept."
        frame.put(" " + intro, x: 1, y: region.top, style: .muted)
        var entries: [ListView.Entry] = []
        for (index, path) in state.curriculum.paths.enumerated() {
            let standing = PathStanding.completion(of: path, in: state.progress)
            var title: StyledLine = [Span(path.title, .strong)]
            if path.id == state.recommendedPathID {
                title.append(Span("  ★ recommended for you", CellStyle(role: .warning, bold: true)))
            }
            if path.id == state.progress.activePath {
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
        let bootcamp = state.curriculum.bootcamp
        let sequence = state.bootcampSequence
        let read = sequence.filter { state.progress.lessonsRead[$0] != nil }.count
        entries.append(
            .init(
                lines: [
                    [Span(bootcamp.title, .strong), Span("  — the prelude to every path", .muted)],
                    [
                        Span(
                            "  \(bootcamp.steps.count) steps · \(read)/\(sequence.count) lessons read",
                            .muted)
                    ],
                ], item: state.curriculum.paths.count))
        ListView(entries: entries, cursor: state.page.cursor).draw(in: region.dropping(2), into: &frame)
    }
}
