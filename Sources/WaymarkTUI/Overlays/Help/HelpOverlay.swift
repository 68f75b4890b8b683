import WaymarkCore
import WaymarkCurriculum

/// `?`: every key of the current screen, generated from the same tables the keys use.
enum HelpOverlay {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let screen = state.screen
        let bindings = GlobalKeys.bindings(on: screen)
        let box = OverlayBox(in: frame, width: 64, height: bindings.count + 5)
        box.draw(title: "Keys · \(screen.title)", into: &frame)
        let keyWidth = min(24, (bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 10) + 2)
        for (index, binding) in bindings.enumerated() where index < box.height - 4 {
            frame.put(
                [
                    Span(DisplayWidth.pad(binding.keyLabel, to: keyWidth), CellStyle(role: .accent, bold: true)),
                    Span(binding.summary),
                ],
                x: box.innerX, y: box.y + 2 + index, limit: box.innerWidth)
        }
        frame.put(
            "Every change is saved at once. Any key closes this.", x: box.innerX, y: box.y + box.height - 2,
            style: .muted, limit: box.innerWidth)
    }
}
