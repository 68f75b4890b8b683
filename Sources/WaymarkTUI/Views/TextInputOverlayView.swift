import WaymarkCore
import WaymarkCurriculum

/// The one-line editor for notes and evidence.
enum TextInputOverlayView {
    static func draw(_ input: TextInput, into frame: inout Frame) {
        let box = OverlayBox(in: frame, width: 72, height: 7)
        box.draw(title: DisplayWidth.truncate(input.prompt, to: box.innerWidth - 2), into: &frame)
        // Show the end of a long note: that is where the typing happens.
        let visible = box.innerWidth - 2
        var text = input.text.sanitizedLine
        while DisplayWidth.of(text) > visible - 1 { text.removeFirst() }
        frame.clear(x: box.innerX, y: box.y + 2, width: box.innerWidth, height: 1, style: CellStyle(underline: true))
        let used = frame.put(text, x: box.innerX, y: box.y + 2, style: CellStyle(underline: true))
        frame.put("▏", x: box.innerX + used, y: box.y + 2, style: CellStyle(role: .accent, bold: true))
        frame.put(
            "Enter saves · Esc cancels · Ctrl-U clears", x: box.innerX, y: box.y + 4, style: .muted,
            limit: box.innerWidth)
    }
}
