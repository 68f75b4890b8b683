import WaymarkCore
import WaymarkCurriculum

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
