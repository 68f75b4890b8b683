import WaymarkCore
import WaymarkCurriculum

extension LibraryScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let entries = Self.entries(app)
        guard !entries.isEmpty else {
            frame.put("This course has no reference shelf.", x: 2, y: region.top, style: .muted)
            return
        }
        frame.put("What to open when there is a problem to solve now.", x: 2, y: region.top, style: .muted)
        let titleWidth = entries.map { DisplayWidth.of($0.title) }.max() ?? 0
        let listed = entries.enumerated().map { index, entry in
            let (count, unit) = entry.count(app.curriculum.reference)
            var lines: [StyledLine] = [
                [Span(DisplayWidth.pad(entry.title, to: titleWidth), .strong), Span("  \(count) \(unit)", .muted)]
            ]
            lines += TextWrapper.wrap(entry.blurb, width: region.width - 8, limit: 2).map { [Span("   " + $0, .muted)] }
            lines.append([])
            return ListView.Entry(lines: lines, item: index)
        }
        ListView(entries: listed, cursor: cursor.index).draw(in: region.dropping(2), into: &frame)
    }
}
