import WaymarkCore
import WaymarkCurriculum

extension CriteriaScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let path = app.path(criteriaPathID) else { return }
        var y = region.top
        frame.put([Span("Success criteria", .heading), Span(" — \(path.title)", .muted)], x: 2, y: y)
        y += 1
        frame.put(
            "Rate yourself honestly: 1 not yet · 2 partly · 3 confident; n adds evidence.", x: 2, y: y, style: .muted)
        y += 1
        if app.isComplete(path) {
            frame.put(
                "✓ Path complete: every deliverable done, every criterion rated confident.", x: 2, y: y,
                style: CellStyle(role: .good, bold: true))
        } else {
            let done = path.deliverables.filter { app.progress.state(of: $0.id) == .done }.count
            let confident = path.successCriteria.filter { app.progress.latestRating(of: $0.id) == .confident }.count
            frame.put(
                "Complete at 100% of both: deliverables done \(done)/\(path.deliverables.count) · criteria confident \(confident)/\(path.successCriteria.count)",
                x: 2, y: y, style: .muted, limit: region.width - 3)
        }
        y += 2
        let entries = path.successCriteria.enumerated().map { index, criterion -> ListView.Entry in
            let ratings = app.progress.criteria[criterion.id]?.ratings ?? []
            let latest = ratings.last?.rating
            let label = latest.map { "[\($0.label)]" } ?? "[not rated]"
            let style: CellStyle =
                latest == .confident ? CellStyle(role: .good, bold: true) : (latest == nil ? .muted : .warning)
            var lines: [StyledLine] = [[Span(DisplayWidth.pad(label, to: 13), style), Span(criterion.text, .strong)]]
            if let offer = Self.reratingOffer(lastRatedAt: ratings.last?.at, today: app.today, in: app.timeZone) {
                lines.append([Span("              " + offer, .warning)])
            }
            for rating in ratings.suffix(3).reversed() {
                let note = rating.note.map { " — \($0)" } ?? ""
                let day = Day(rating.at, in: app.timeZone)
                lines.append([Span("              \(day) \(rating.rating.label)\(note)", .muted)])
            }
            if ratings.count > 3 { lines.append([Span("              … \(ratings.count - 3) earlier", .muted)]) }
            lines.append([])
            return .init(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top), into: &frame)
    }
}
