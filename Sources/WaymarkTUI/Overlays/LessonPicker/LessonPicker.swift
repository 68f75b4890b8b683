import WaymarkCore
import WaymarkCurriculum

/// Enter on an activity or deliverable that links several lessons: which one to
/// open, each with its length and a ✓ once read. The one opened walks `sequence`
/// with ] and [ like any lesson of the path.
public struct LessonPicker: Sendable, Equatable {
    public var title: String
    public var lessonIDs: [String]
    public var sequence: [String]
    public var cursor = 0

    public init(title: String, lessonIDs: [String], sequence: [String]) {
        self.title = title
        self.lessonIDs = lessonIDs
        self.sequence = sequence
        self.cursor = 0
    }

    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch key {
        case .up, .character("k"): cursor = max(0, cursor - 1)
        case .down, .character("j"): cursor = min(lessonIDs.count - 1, cursor + 1)
        case .enter, .right, .character("l"):
            return OverlayReply(keepOpen: false, outcomes: LessonScreen.open(lessonIDs[cursor], in: sequence, app))
        case .character("q"): return OverlayReply(keepOpen: false, effects: [.quit])
        default:
            if GlobalKeys.navigation.command(for: key) == .back { return OverlayReply(keepOpen: false) }
        }
        return OverlayReply(keepOpen: true)
    }

    func draw(_ app: AppContext, into frame: inout Frame) {
        let box = OverlayBox(in: frame, width: 76, height: lessonIDs.count + 5)
        box.draw(title: DisplayWidth.truncate(title, to: box.innerWidth - 4), into: &frame)
        for (index, id) in lessonIDs.enumerated() where index < box.height - 5 {
            let lesson = app.curriculum.lesson(id: id)
            let read = app.progress.lessonsRead[id] != nil
            let y = box.y + 2 + index
            let line: StyledLine = [
                Span(read ? "✓ " : "  ", CellStyle(role: .good, bold: true)), Span(lesson?.title ?? id, .strong),
                Span("  \(lesson?.minutes ?? 0) min", .muted),
            ]
            frame.put(line, x: box.innerX + 2, y: y, limit: box.innerWidth - 2)
            if index == cursor {
                frame.put("▸", x: box.innerX, y: y, style: .accent)
                frame.restyle(
                    x: box.innerX + 4, y: y, width: min(box.innerWidth - 4, DisplayWidth.of(lesson?.title ?? id))
                ) {
                    $0.selected
                }
            }
        }
        frame.put(
            "Enter opens · Esc closes", x: box.innerX, y: box.y + box.height - 2, style: .muted, limit: box.innerWidth)
    }
}
