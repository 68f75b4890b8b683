import WaymarkCore
import WaymarkCurriculum

extension ReadingOrderScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let order = order(app) else {
            frame.put("This course has no reading order '\(orderID)'.", x: 2, y: region.top, style: .muted)
            return
        }
        frame.put(order.title, x: 2, y: region.top, style: .heading)
        frame.put("\(order.timeInvestment) · \(order.bestFor)", x: 2, y: region.top + 1, style: .muted)
        let read = Set(app.progress.lessonsRead.keys)
        let width = max(10, region.width - 10)
        let entries = order.steps.enumerated().map { index, step -> ListView.Entry in
            let mark = step.isRead(by: read) ? Span("✓ ", .good) : Span("  ")
            var lines: [StyledLine] = [[mark, Span("\(index + 1). ", .muted), Span(step.text, .strong)]]
            let titles = step.lessonIDs.map { id in
                (read.contains(id) ? "✓ " : "· ") + (app.curriculum.lesson(id: id)?.title ?? id)
            }
            lines += TextWrapper.wrap(titles.joined(separator: "   "), width: width, limit: 3).map {
                [Span("      " + $0, .muted)]
            }
            return ListView.Entry(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(3), into: &frame)
    }
}
