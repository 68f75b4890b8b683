import WaymarkCore
import WaymarkCurriculum

/// A bordered box centred on the screen, cleared before its content is drawn.
struct OverlayBox {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    init(in frame: Frame, width: Int, height: Int) {
        self.width = min(width, frame.width - 2)
        self.height = min(height, frame.height - 2)
        x = (frame.width - self.width) / 2
        y = max(1, (frame.height - self.height) / 2)
    }

    func draw(title: String, into frame: inout Frame) {
        frame.clear(x: x, y: y, width: width, height: height)
        let border = CellStyle(role: .accent)
        frame.put("╭" + String(repeating: "─", count: width - 2) + "╮", x: x, y: y, style: border)
        for row in 1..<(height - 1) {
            frame.put("│", x: x, y: y + row, style: border)
            frame.put("│", x: x + width - 1, y: y + row, style: border)
        }
        frame.put("╰" + String(repeating: "─", count: width - 2) + "╯", x: x, y: y + height - 1, style: border)
        frame.put(" \(title) ", x: x + 2, y: y, style: .accent, limit: width - 4)
    }

    /// Content area: inside the border with one column of padding.
    var innerX: Int { x + 2 }
    var innerWidth: Int { width - 4 }
}
