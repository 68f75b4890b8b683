import WaymarkCore
import WaymarkCurriculum

extension GlossaryScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard !app.curriculum.reference.glossary.isEmpty else {
            frame.put("This course has no glossary.", x: 2, y: region.top, style: .muted)
            return
        }
        let laidOut = layout?.width == region.width ? layout?.entries : nil
        let entries = (laidOut ?? Self.entries(app, width: region.width)).enumerated().map {
            ListView.Entry(lines: $1, item: $0)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region, into: &frame)
    }

    /// Each term's lines for a window `width` wide: the term, its definition, what teaches it.
    static func entries(_ app: AppContext, width: Int) -> [[StyledLine]] {
        let textWidth = width - 8
        return terms(app).map { term in
            var lines: [StyledLine] = [[Span(term.term, .strong)]]
            lines += TextWrapper.wrap(term.definition.trimmed, width: textWidth).map { [Span("   " + $0)] }
            if !term.see.isEmpty {
                let links = "see " + term.see.map { linkTitle($0, app) }.joined(separator: " · ")
                lines += TextWrapper.wrap(links, width: textWidth, limit: 2).map { [Span("   " + $0, .muted)] }
            }
            lines.append([])
            return lines
        }
    }
}
