import WaymarkCore
import WaymarkCurriculum

extension DocumentScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let card = card(app) else { return }
        let margin = max(2, (region.width - app.readingWidth) / 2)
        let limit = region.width - margin - 1
        frame.put(card.title, x: margin, y: region.top, style: .heading, limit: limit)
        let meta = "\(kind.singular) \(index + 1) of \(sequence.count) · \(card.summary)"
        frame.put(DisplayWidth.truncate(meta, to: limit), x: margin, y: region.top + 1, style: .muted)
        reader.draw(app, in: region.dropping(3), margin: margin, into: &frame)
    }
}
