import WaymarkCore
import WaymarkCurriculum

/// Where a calculator's result goes: the deliverables it may attach to, one of
/// them selected. Enter appends the result's one-line summary to that
/// deliverable's note, on a line of its own; the note is never replaced.
public struct AttachChooser: Sendable, Equatable {
    /// The result in one line, as it will appear in the note.
    public var line: String
    public var deliverables: [Deliverable]
    public var cursor: Int

    public init(line: String, deliverables: [Deliverable], cursor: Int = 0) {
        self.line = line
        self.deliverables = deliverables
        self.cursor = cursor
    }

    /// The deliverable a capacity result belongs to in the curriculum as shipped,
    /// chosen first when the path has it.
    static let capacityPlanID = "capacity-plan-for-toy-system"

    /// What attaching asks for. Opened from a phase with one deliverable, the line
    /// goes straight to it; from a phase with several, the learner picks one of them;
    /// otherwise one of the active path's, the capacity plan selected when there is
    /// one, else the first whose lessons include the calculator's.
    static func open(
        attaching line: String, for calculator: Calculator, from origin: PhaseReference?, _ app: AppContext
    ) -> [Outcome] {
        if let phase = origin?.phase(app), let only = phase.deliverables.first {
            guard phase.deliverables.count > 1 else { return attach(line, to: only, app) }
            return [.overlay(.attachChooser(AttachChooser(line: line, deliverables: phase.deliverables)))]
        }
        guard let pathID = app.progress.activePath, let path = app.path(pathID), !path.deliverables.isEmpty else {
            return [.message("Start a path first: a result attaches to one of its deliverables.", isError: true)]
        }
        let choices = path.deliverables
        let cursor =
            choices.firstIndex { $0.id == capacityPlanID }
            ?? choices.firstIndex { $0.lessonIDs.contains(calculator.lessonID) } ?? 0
        return [.overlay(.attachChooser(AttachChooser(line: line, deliverables: choices, cursor: cursor)))]
    }

    /// Appends `line` to the deliverable's note on a new line.
    static func attach(_ line: String, to deliverable: Deliverable, _ app: AppContext) -> [Outcome] {
        let note = app.progress.deliverables[deliverable.id]?.note ?? ""
        let updated = note.isEmpty ? line : note + "\n" + line
        return [
            .change(.setNote(deliverableID: deliverable.id, updated, at: app.now)),
            .message("Attached the result to the note of “\(deliverable.title)”.", isError: false),
        ]
    }

    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch key {
        case .up, .character("k"): cursor = max(0, cursor - 1)
        case .down, .character("j"), .tab: cursor = min(max(0, deliverables.count - 1), cursor + 1)
        case .enter:
            guard deliverables.indices.contains(cursor) else { return OverlayReply(keepOpen: false) }
            return OverlayReply(keepOpen: false, outcomes: Self.attach(line, to: deliverables[cursor], app))
        case .escape:
            return OverlayReply(keepOpen: false, outcomes: [.message("Not attached.", isError: false)])
        default: break
        }
        return OverlayReply(keepOpen: true)
    }

    func draw(into frame: inout Frame) {
        let box = OverlayBox(in: frame, width: 72, height: deliverables.count + 9)
        // The line as the note will have it, its first three rows when it is long.
        var preview = TextWrapper.wrap(line, width: box.innerWidth)
        if preview.count > 3 {
            preview = Array(preview.prefix(3))
            preview[2] = DisplayWidth.truncate(preview[2] + " …", to: box.innerWidth)
        }
        box.draw(title: "Attach the result to which deliverable?", into: &frame)
        var y = box.y + 2
        for text in preview {
            frame.put(text, x: box.innerX, y: y, style: .muted, limit: box.innerWidth)
            y += 1
        }
        y += 1
        let rows = max(1, box.y + box.height - 3 - y)
        let first = min(max(0, cursor - rows + 1), max(0, deliverables.count - rows))
        for (offset, deliverable) in deliverables.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            frame.put(deliverable.title, x: box.innerX + 2, y: y + offset, style: .strong, limit: box.innerWidth - 2)
            if index == cursor {
                frame.put("▸", x: box.innerX, y: y + offset, style: .accent)
                frame.restyle(x: box.innerX + 2, y: y + offset, width: DisplayWidth.of(deliverable.title)) {
                    $0.selected
                }
            }
        }
        frame.put(
            "Enter attaches · Esc cancels · the note keeps what it had", x: box.innerX, y: box.y + box.height - 2,
            style: .muted, limit: box.innerWidth)
    }
}
