import WaymarkCore
import WaymarkCurriculum

/// The title bar, the message line and the key hints every screen shares.
enum Chrome {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let width = frame.width
        frame.clear(x: 0, y: 0, width: width, height: 1, style: CellStyle(role: .accent, reverse: true))
        var left = " Waymark · \(state.page.screen.kind.title)"
        if let title = contextTitle(state) { left += " · \(title)" }
        let right = state.unsavedReason == nil ? "" : " READ-ONLY: not saving "
        frame.put(
            right, x: width - DisplayWidth.of(right), y: 0, style: CellStyle(role: .warning, bold: true, reverse: true))
        frame.put(
            left, x: 0, y: 0, style: CellStyle(role: .accent, bold: true, reverse: true),
            limit: width - DisplayWidth.of(right) - 1)

        let messageRow = frame.height - 2
        if let message = state.message {
            frame.put(
                " " + message.text, x: 0, y: messageRow, style: message.isError ? .warning : CellStyle(role: .good))
        }
        frame.put(footer(for: state.page.screen.kind, width: width), x: 0, y: frame.height - 1)
    }

    /// The footer's key hints: as many as fit, in table order, always keeping
    /// back, help and quit so the way to everything else is never hidden.
    static func footer(for kind: ScreenKind, width: Int) -> StyledLine {
        let hints = KeyBindings.footer(for: kind)
        // A hint is its key, a space and its summary; a leading space, then two between hints.
        let widths = hints.map { DisplayWidth.of($0.key) + 1 + DisplayWidth.of($0.summary) }
        var shown = hints.map { $0.key == "?" || $0.key == "q" || $0.key == "Esc" }
        var used = 1 + zip(widths, shown).reduce(0) { $0 + ($1.1 ? $1.0 + 2 : 0) } - (shown.contains(true) ? 2 : 0)
        for index in hints.indices where !shown[index] {
            let added = widths[index] + (shown.contains(true) ? 2 : 0)
            if used + added <= width {
                shown[index] = true
                used += added
            }
        }
        return spans(hints.indices.filter { shown[$0] }.map { hints[$0] })
    }

    private static func spans(_ hints: [(key: String, summary: String)]) -> StyledLine {
        var line: StyledLine = [Span(" ")]
        for (index, hint) in hints.enumerated() {
            if index > 0 { line.append(Span("  ")) }
            line.append(Span(hint.key, CellStyle(role: .accent, bold: true)))
            line.append(Span(" " + hint.summary, .muted))
        }
        return line
    }

    /// The path or lesson the screen is about, for the title bar.
    static func contextTitle(_ state: AppState) -> String? {
        switch state.page.screen {
        case .plan(let id), .phase(let id, _), .criteria(let id): return state.path(id)?.title
        case .lesson(let route): return state.curriculum.lesson(id: route.lessonID).map { "\($0.minutes) min" }
        case .picker, .bootcamp: return nil
        }
    }

    /// `[████░░░░] 2/4` as spans.
    static func bar(done: Int, total: Int, width: Int = 10) -> StyledLine {
        let filled = total == 0 ? 0 : done * width / total
        return [
            Span(String(repeating: "█", count: filled), CellStyle(role: .good)),
            Span(String(repeating: "░", count: width - filled), .muted),
            Span(" \(done)/\(total)"),
        ]
    }
}

/// A scrolling list whose entries may span several lines; keeps the selected
/// entry in view and paints it as a selection bar.
struct ListView {
    struct Entry {
        var lines: [StyledLine]
        /// The item index for selectable entries; nil for headings.
        var item: Int?
    }

    var entries: [Entry]
    var cursor: Int

    func draw(in region: Region, into frame: inout Frame) {
        guard region.height > 0 else { return }
        var starts: [Int] = []
        var total = 0
        for entry in entries {
            starts.append(total)
            total += entry.lines.count
        }
        let selected = entries.firstIndex { $0.item == cursor }
        var first = 0
        if let selected, total > region.height {
            let selectedTop = starts[selected]
            let selectedBottom = selectedTop + entries[selected].lines.count
            // Centre the selection; include the heading just above it when it fits.
            first = selectedTop - max(0, (region.height - entries[selected].lines.count) / 2)
            first = min(max(0, first), total - region.height)
            if selectedBottom > first + region.height { first = selectedBottom - region.height }
        }
        for (index, entry) in entries.enumerated() {
            for (offset, line) in entry.lines.enumerated() {
                let y = starts[index] + offset - first
                guard y >= 0, y < region.height else { continue }
                let isSelected = entry.item != nil && entry.item == cursor
                let marker = isSelected && offset == 0 ? Span("▸", CellStyle(role: .accent, bold: true)) : Span(" ")
                frame.put([marker] + line, x: 1, y: region.top + y, limit: region.width - 2)
                // Reverse video on the title's own text, not padded to the edge: a
                // padded bar costs a literal space per column on every cursor move,
                // since reverse-video blanks cannot be cleared with erase-to-end.
                if isSelected && offset == 0 {
                    frame.restyle(x: 2, y: region.top + y, width: min(line.width, region.width - 3)) { $0.selected }
                }
            }
        }
        if total > region.height {
            let indicator = first + region.height < total ? "↓ more" : "end"
            frame.put(
                indicator, x: region.width - DisplayWidth.of(indicator) - 1, y: region.top + region.height - 1,
                style: .muted)
        }
    }
}
