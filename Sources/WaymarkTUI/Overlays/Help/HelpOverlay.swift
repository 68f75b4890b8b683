import WaymarkCore
import WaymarkCurriculum

/// `?`: every key of the current screen, generated from the same tables the keys
/// use. When they do not fit in one column they run into a second.
enum HelpOverlay {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let screen = state.screen
        let bindings = rows(on: screen, canSync: state.app.sync != nil).map {
            (keys: $0.keys, summary: $0.summary.replacingPrelude(state.app))
        }
        let rowsAvailable = max(1, frame.height - 2 - 5)
        let columns = bindings.count > rowsAvailable && frame.width >= 100 ? 2 : 1
        let rows = (bindings.count + columns - 1) / columns
        let box = OverlayBox(in: frame, width: columns == 1 ? 64 : 120, height: rows + 5)
        box.draw(title: "Keys · \(screen.title.replacingPrelude(state.app))", into: &frame)
        let columnWidth = box.innerWidth / columns
        let keyWidth = min(20, (bindings.map { DisplayWidth.of($0.keys) }.max() ?? 10) + 2)
        let shownRows = box.height - 4
        for (index, binding) in bindings.enumerated() {
            let column = index / rows
            let row = index % rows
            // Rows that do not fit: the last visible row says how many more there are.
            if row >= shownRows { continue }
            if row == shownRows - 1, column == columns - 1, bindings.count > (column * rows) + shownRows {
                let hidden = bindings.count - (column * rows) - shownRows + 1
                frame.put(
                    "… \(hidden) more: enlarge the window", x: box.innerX + column * columnWidth, y: box.y + 2 + row,
                    style: .muted)
                continue
            }
            frame.put(
                [
                    Span(DisplayWidth.pad(binding.keys, to: keyWidth), CellStyle(role: .accent, bold: true)),
                    Span(binding.summary),
                ],
                x: box.innerX + column * columnWidth, y: box.y + 2 + row, limit: columnWidth - 1)
        }
        frame.put(
            "Every change is saved at once. Any key closes this.", x: box.innerX, y: box.y + box.height - 2,
            style: .muted, limit: box.innerWidth)
    }

    /// What help lists: the screen's own keys, the movement keys folded into one row
    /// (they mean the same everywhere), then the keys that lead elsewhere.
    /// `canSync`: the sync key is listed only when the view was given a way to sync.
    static func rows(on screen: Screen, canSync: Bool = false) -> [(keys: String, summary: String)] {
        let ownCommands = screen.keys.map(\.command)
        // On a screen that takes text, letters and Home/End edit, so the shared
        // movement keys are not there to fold.
        let movement =
            screen.takesText ? [] : GlobalKeys.movement.map(\.command).filter { !ownCommands.contains($0) }
        var rows: [(keys: String, summary: String)] = GlobalKeys.bindings(on: screen)
            .filter { !movement.contains($0.command) && (canSync || $0.command != .sync) }
            .map { ($0.keyLabel, $0.summary) }
        if !movement.isEmpty {
            let firstGlobal = rows.firstIndex { row in GlobalKeys.navigation.contains { $0.keyLabel == row.keys } }
            rows.insert(("↑↓ jk PgUp PgDn gG", "move, page, first, last"), at: firstGlobal ?? rows.count)
        }
        return foldingJumps(rows)
    }

    /// The single-letter keys that open a screen from anywhere, two to a row, so
    /// the help for a screen still fits in 24 rows as such keys are added.
    private static func foldingJumps(_ rows: [(keys: String, summary: String)]) -> [(keys: String, summary: String)] {
        let jumps = Set(
            GlobalKeys.navigation.filter { ![.back, .help, .quit].contains($0.command) }.map(\.keyLabel))
        var result: [(keys: String, summary: String)] = []
        var pending: (keys: String, summary: String)?
        for row in rows {
            guard jumps.contains(row.keys) else {
                result.append(row)
                continue
            }
            if let first = pending {
                result.append((first.keys + " " + row.keys, first.summary + " · " + row.summary))
                pending = nil
            } else {
                pending = row
            }
        }
        if let last = pending {
            let index = result.firstIndex { row in GlobalKeys.navigation.contains { $0.keyLabel == row.keys } }
            result.insert(last, at: index ?? result.count)
        }
        return result
    }
}
