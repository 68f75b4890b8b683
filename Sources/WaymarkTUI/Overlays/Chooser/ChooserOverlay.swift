import WaymarkCore
import WaymarkCurriculum

/// "Help me choose": the learner picks the profile that fits, and the picker
/// highlights the path it leads to.
public struct ChooserOverlay: Sendable, Equatable {
    public var cursor = 0

    public init(cursor: Int = 0) { self.cursor = cursor }

    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        let profiles = app.curriculum.guidance.pathSelector
        switch key {
        case .up, .character("k"): cursor = max(0, cursor - 1)
        case .down, .character("j"): cursor = min(max(0, profiles.count - 1), cursor + 1)
        case .enter, .right, .character("l"):
            guard profiles.indices.contains(cursor) else { return OverlayReply(keepOpen: false) }
            return OverlayReply(keepOpen: false, outcomes: [.recommend(profiles[cursor].pathID)])
        case .character("q"): return OverlayReply(keepOpen: false, effects: [.quit])
        default:
            if GlobalKeys.navigation.command(for: key) == .back { return OverlayReply(keepOpen: false) }
        }
        return OverlayReply(keepOpen: true)
    }

    func draw(_ app: AppContext, into frame: inout Frame) {
        let profiles = app.curriculum.guidance.pathSelector
        let box = OverlayBox(in: frame, width: 60, height: profiles.count + 6)
        box.draw(title: "Which describes you best?", into: &frame)
        for (index, profile) in profiles.enumerated() {
            let path = app.curriculum.path(id: profile.pathID)?.title ?? profile.pathID
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
