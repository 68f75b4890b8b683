import WaymarkCore
import WaymarkCurriculum

/// The path's success criteria with the latest self-rating and its history.
enum CriteriaView {
    static func draw(_ state: AppState, pathID: String, in region: Region, into frame: inout Frame) {
        guard let path = state.path(pathID) else { return }
        var y = region.top
        frame.put([Span("Success criteria", .heading), Span(" — \(path.title)", .muted)], x: 2, y: y)
        y += 1
        frame.put(
            "Rate yourself honestly: 1 not yet · 2 partly · 3 confident; n adds evidence.", x: 2, y: y, style: .muted)
        y += 1
        if state.isComplete(path) {
            frame.put(
                "✓ Path complete: every deliverable done, every criterion rated confident.", x: 2, y: y,
                style: CellStyle(role: .good, bold: true))
        } else {
            let done = path.deliverables.filter { state.progress.state(of: $0.id) == .done }.count
            let confident = path.successCriteria.filter { state.progress.latestRating(of: $0.id) == .confident }.count
            frame.put(
                "Complete at 100% of both: deliverables done \(done)/\(path.deliverables.count) · criteria confident \(confident)/\(path.successCriteria.count)",
                x: 2, y: y, style: .muted, limit: region.width - 3)
        }
        y += 2
        let entries = path.successCriteria.enumerated().map { index, criterion -> ListView.Entry in
            let ratings = state.progress.criteria[criterion.id]?.ratings ?? []
            let latest = ratings.last?.rating
            let label = latest.map { "[\($0.label)]" } ?? "[not rated]"
            let style: CellStyle =
                latest == .confident ? CellStyle(role: .good, bold: true) : (latest == nil ? .muted : .warning)
            var lines: [StyledLine] = [[Span(DisplayWidth.pad(label, to: 13), style), Span(criterion.text, .strong)]]
            for rating in ratings.suffix(3).reversed() {
                let note = rating.note.map { " — \($0)" } ?? ""
                let day = Day(rating.at, in: state.timeZone)
                lines.append([Span("              \(day) \(rating.rating.label)\(note)", .muted)])
            }
            if ratings.count > 3 { lines.append([Span("              … \(ratings.count - 3) earlier", .muted)]) }
            lines.append([])
            return .init(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: state.page.cursor).draw(in: region.dropping(y - region.top), into: &frame)
    }
}
