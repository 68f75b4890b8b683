import WaymarkCore
import WaymarkCurriculum

extension GuideScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        frame.put(
            "How to study this course. Enter opens an order or a place; w, the welcome.", x: 2,
            y: region.top, style: .muted, limit: region.width - 3)
        let width = max(10, region.width - 6)
        let entries = Self.rows(app).enumerated().map { index, row -> ListView.Entry in
            var lines: [StyledLine] = []
            if row.isHeading, index > 0 { lines.append([]) }
            // Long rows wrap, continuation lines indented under the first.
            let wrapped = TextWrapper.wrap(row.spans, width: width)
            lines.append(wrapped[0])
            lines += wrapped.dropFirst().map { [Span("    ")] + $0 }
            if let detail = row.detail {
                lines += TextWrapper.wrap(detail, width: width - 4, limit: 3).map { [Span("    " + $0, .muted)] }
            }
            return ListView.Entry(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(2), into: &frame)
    }
}
