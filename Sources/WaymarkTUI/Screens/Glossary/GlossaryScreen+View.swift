import WaymarkCore
import WaymarkCurriculum

extension GlossaryScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let terms = Self.terms(app)
        guard !terms.isEmpty else {
            frame.put("This course has no glossary.", x: 2, y: region.top, style: .muted)
            return
        }
        let width = region.width - 8
        let entries = terms.enumerated().map { index, term in
            var lines: [StyledLine] = [[Span(term.term, .strong)]]
            lines += TextWrapper.wrap(term.definition.trimmed, width: width).map { [Span("   " + $0)] }
            if !term.see.isEmpty {
                let links = "see " + term.see.map { Self.linkTitle($0, app) }.joined(separator: " · ")
                lines += TextWrapper.wrap(links, width: width, limit: 2).map { [Span("   " + $0, .muted)] }
            }
            lines.append([])
            return ListView.Entry(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region, into: &frame)
    }
}
