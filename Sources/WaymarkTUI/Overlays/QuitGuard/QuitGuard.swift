import WaymarkCore
import WaymarkCurriculum

/// Asked on `q` while edits are not on disk (a read-only or full disk, a damaged
/// file): quitting silently would throw them away. Retry the save, write them to a
/// file of their own, or quit anyway with a second `q`.
public struct QuitGuard: Sendable, Equatable {
    public init() {}

    func handle(_ key: Key) -> OverlayReply {
        switch key {
        case .character("r"): OverlayReply(keepOpen: false, effects: [.retrySave])
        case .character("w"): OverlayReply(keepOpen: false, effects: [.writeSideFile])
        case .character("q"): OverlayReply(keepOpen: false, effects: [.quit])
        default: OverlayReply(keepOpen: false)
        }
    }

    func draw(_ state: AppState, into frame: inout Frame) {
        let count = state.unsavedChanges.count
        let box = OverlayBox(in: frame, width: 66, height: 10)
        box.draw(title: "Unsaved changes", into: &frame)
        let reason = state.unsavedReason.map { "The last save failed: \($0)" } ?? ""
        var y = box.y + 2
        let edits = count == 1 ? "1 edit is" : "\(count) edits are"
        for line in TextWrapper.wrap("\(edits) not on disk. \(reason)", width: box.innerWidth, limit: 3) {
            frame.put(line, x: box.innerX, y: y, style: .warning)
            y += 1
        }
        let choices: [(String, String)] = [
            ("r", "try the save again"), ("w", "write them to a file of their own, named here"),
            ("q", "quit anyway, losing them"),
        ]
        y = box.y + 6
        for (key, text) in choices {
            frame.put([Span(key, CellStyle(role: .accent, bold: true)), Span("  " + text)], x: box.innerX, y: y)
            y += 1
        }
    }
}
