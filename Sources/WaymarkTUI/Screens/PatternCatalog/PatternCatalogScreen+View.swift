import WaymarkCore
import WaymarkCurriculum

extension PatternCatalogScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let all = app.curriculum.reference.patterns
        guard !all.isEmpty else {
            frame.put("This course has no pattern cards.", x: 2, y: region.top, style: .muted)
            return
        }
        let shown = patterns(app)
        let filter: StyledLine =
            if let law {
                [
                    Span(Self.lawTitle(law, app), .accent),
                    Span(" · \(shown.count) of \(all.count) patterns · f for the next law", .muted),
                ]
            } else {
                [Span("All laws · \(all.count) patterns · f filters by law", .muted)]
            }
        frame.put(filter, x: 2, y: region.top, limit: region.width - 4)

        let nameWidth = min(shown.map { DisplayWidth.of($0.name) }.max() ?? 0, max(10, region.width / 3))
        let marks = shown.map { readMark($0, app) }
        let markWidth = marks.map(\.width).max() ?? 0
        // Margin and marker, then the name, the read count and a space; the summary
        // gets the rest, cut rather than padded so the selection ends with the text.
        let summaryWidth = max(0, region.width - 4 - nameWidth - markWidth - 2)
        var entries: [ListView.Entry] = []
        var domain: String?
        for (index, pattern) in shown.enumerated() {
            if pattern.domain != domain {
                domain = pattern.domain
                let count = shown.filter { $0.domain == pattern.domain }.count
                let heading: StyledLine = [Span(pattern.domain.capitalized, .heading), Span("  \(count)", .muted)]
                entries.append(.init(lines: index == 0 ? [heading] : [[], heading], item: nil))
            }
            var mark = marks[index]
            mark.text = DisplayWidth.pad(mark.text, to: markWidth)
            let line: StyledLine = [
                Span(DisplayWidth.pad(pattern.name, to: nameWidth), .strong), mark, Span("  "),
                Span(DisplayWidth.truncate(pattern.summary, to: summaryWidth), .muted),
            ]
            entries.append(.init(lines: [line], item: index))
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(2), into: &frame)
    }

    /// "✓ 1/2": how many of the lessons that teach the pattern have been read.
    private func readMark(_ pattern: Pattern, _ app: AppContext) -> Span {
        let lessons = pattern.lessons.filter { app.curriculum.lessons[$0] != nil }
        guard !lessons.isEmpty else { return Span("") }
        let read = lessons.filter { app.progress.lessonsRead[$0] != nil }.count
        let text = "  \(read > 0 ? "✓" : " ") \(read)/\(lessons.count)"
        return Span(text, read == lessons.count ? CellStyle(role: .good, bold: true) : read > 0 ? .plain : .muted)
    }
}
