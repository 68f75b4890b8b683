import WaymarkCore
import WaymarkCurriculum

/// The title bar, the message line and the key hints every screen shares.
enum Chrome {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let width = frame.width
        frame.clear(x: 0, y: 0, width: width, height: 1, style: CellStyle(role: .accent, reverse: true))
        var left = " Waymark · \(state.screen.title.replacingPrelude(state.app))"
        if let title = state.screen.subtitle(state.app) { left += " · \(title)" }
        // The course's own title on the right, unless a warning needs the room.
        // With a remote set, when it last synced comes first, and stays when the course does not fit.
        let synced = state.app.sync?.label(now: state.app.now).map { " \($0) " }
        let course = " \(state.app.curriculum.title) "
        let warning = state.unsavedReason != nil
        var right = warning ? " READ-ONLY: not saving " : synced.map { $0 + "·" + course } ?? course
        if !warning, DisplayWidth.of(left) + DisplayWidth.of(right) + 2 > width { right = synced ?? "" }
        if !warning, DisplayWidth.of(left) + DisplayWidth.of(right) + 2 > width { right = "" }
        frame.put(
            right, x: width - DisplayWidth.of(right), y: 0,
            style: warning
                ? CellStyle(role: .warning, bold: true, reverse: true) : CellStyle(role: .accent, reverse: true))
        frame.put(
            left, x: 0, y: 0, style: CellStyle(role: .accent, bold: true, reverse: true),
            limit: width - DisplayWidth.of(right) - 1)

        if let message = state.message { drawMessage(message, into: &frame) }
        frame.put(
            footer(for: state.screen, state.app, width: width, canGoBack: state.stack.count > 1), x: 0,
            y: frame.height - 1)
    }

    /// The message above the footer. A long one (a save error with its remedy) takes
    /// as many rows as it needs, up to a third of the screen, rather than being cut
    /// at the edge where the remedy would be lost.
    static func drawMessage(_ message: AppState.StatusMessage, into frame: inout Frame) {
        let style: CellStyle = message.isError ? .warning : CellStyle(role: .good)
        let lines = TextWrapper.wrap(
            message.text.sanitizedLine, width: max(1, frame.width - 2), limit: max(1, frame.height / 3))
        let top = frame.height - 1 - lines.count
        if lines.count > 1 { frame.clear(x: 0, y: top, width: frame.width, height: lines.count) }
        for (offset, line) in lines.enumerated() {
            frame.put(" " + line, x: 0, y: top + offset, style: style)
        }
    }

    /// The footer's key hints: as many as fit, in table order, always keeping
    /// back, help and quit so the way to everything else is never hidden. When some
    /// do not fit, help says so ("? all keys"), so a dropped key is one press away.
    static func footer(for screen: Screen, _ app: AppContext, width: Int, canGoBack: Bool = true) -> StyledLine {
        // On the first screen there is nowhere to go back to: no hint that promises it.
        var hints = GlobalKeys.bindings(on: screen).filter {
            $0.inFooter && (canGoBack || $0.command != .back) && ($0.command != .sync || app.sync?.remote != nil)
        }.map {
            (key: $0.keys[0].label, summary: $0.summary.replacingPrelude(app))
        }
        if let help = hints.firstIndex(where: { $0.key == "?" }) { hints[help].summary = "all keys" }
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
        if !shown.contains(false), let help = hints.firstIndex(where: { $0.key == "?" }) {
            hints[help].summary = "help"
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
