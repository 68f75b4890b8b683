import WaymarkCore
import WaymarkCurriculum

extension PatternCardScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let pattern = pattern(app) else { return }
        let margin = max(2, (region.width - app.readingWidth) / 2)
        let limit = region.width - margin - 1
        frame.put(
            [
                Span(pattern.name, .heading),
                Span("   \(pattern.domain) · card \(index + 1) of \(sequence.count)", .muted),
            ],
            x: margin, y: region.top, limit: limit)
        reader.draw(app, in: region.dropping(2), margin: margin, preamble: header(app), into: &frame)
        // Which related card Enter opens, in sight even when the header has scrolled away.
        if pattern.related.indices.contains(relatedIndex) {
            let name = app.curriculum.reference.pattern(id: pattern.related[relatedIndex])?.name ?? ""
            frame.put(
                "Enter opens " + name, x: margin, y: frame.height - 2, style: .muted,
                limit: max(0, region.width / 2 - margin))
        }
    }

    /// The summary and the card's links, wrapped to the reading width, then a blank
    /// line: the first lines of the scrolling text.
    func header(_ app: AppContext) -> [StyledLine] {
        guard let pattern = pattern(app) else { return [] }
        let width = app.readingWidth
        var lines = TextWrapper.wrap(pattern.summary, width: width, limit: 3).map { [Span($0)] as StyledLine }
        let label = 10
        func field(_ name: String, _ items: [StyledLine]) {
            guard !items.isEmpty else { return }
            var spans: StyledLine = []
            for (index, item) in items.enumerated() {
                if index > 0 { spans.append(Span(" · ", .muted)) }
                spans += item
            }
            for (index, line) in TextWrapper.wrap(spans, width: width - label).prefix(3).enumerated() {
                lines.append([Span(DisplayWidth.pad(index == 0 ? name : "", to: label), .muted)] + line)
            }
        }
        field("Laws", pattern.laws.map { [Span(PatternCatalogScreen.lawTitle($0, app))] })
        field(
            "Related",
            pattern.related.enumerated().map { index, id in
                let name = app.curriculum.reference.pattern(id: id)?.name ?? id
                return [Span(name, index == relatedIndex ? CellStyle.accent.selected : .plain)]
            })
        field(
            "Lessons",
            Self.lessons(of: pattern, app).map { id in
                let title = app.curriculum.lesson(id: id)?.title ?? id
                return app.progress.lessonsRead[id] != nil
                    ? [Span("✓ ", CellStyle(role: .good, bold: true)), Span(title)] : [Span(title)]
            })
        lines.append([])
        return lines
    }
}
