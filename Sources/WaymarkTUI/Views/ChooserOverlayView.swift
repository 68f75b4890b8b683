import WaymarkCore
import WaymarkCurriculum

/// "Help me choose": which profile fits, and the path it leads to.
enum ChooserOverlayView {
    static func draw(_ state: AppState, cursor: Int, into frame: inout Frame) {
        let profiles = state.curriculum.guidance.pathSelector
        let box = OverlayBox(in: frame, width: 60, height: profiles.count + 6)
        box.draw(title: "Which describes you best?", into: &frame)
        for (index, profile) in profiles.enumerated() {
            let path = state.curriculum.path(id: profile.pathID)?.title ?? profile.pathID
            let y = box.y + 2 + index
            frame.put(
                [Span(DisplayWidth.pad(profile.profile, to: 22), .strong), Span("→ \(path)", .muted)],
                x: box.innerX + 2, y: y, limit: box.innerWidth - 2)
            if index == cursor {
                frame.put("▸", x: box.innerX, y: y, style: .accent)
                frame.restyle(x: box.innerX + 2, y: y, width: box.innerWidth - 2) { $0.selected }
            }
        }
        frame.put(
            "Enter chooses · Esc closes", x: box.innerX, y: box.y + box.height - 2, style: .muted, limit: box.innerWidth
        )
    }
}
