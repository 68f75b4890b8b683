import WaymarkCore
import WaymarkCurriculum

extension ReferenceListScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let cards = kind.cards(app)
        guard !cards.isEmpty else {
            frame.put("This course has no \(kind.listTitle.lowercased()).", x: 2, y: region.top, style: .muted)
            return
        }
        let entries = cards.enumerated().map { index, card in
            var lines: [StyledLine] = [[Span(card.title, .strong)]]
            lines += TextWrapper.wrap(card.summary, width: region.width - 8, limit: 2).map {
                [Span("   " + $0, .muted)]
            }
            lines.append([])
            return ListView.Entry(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(1), into: &frame)
    }
}
