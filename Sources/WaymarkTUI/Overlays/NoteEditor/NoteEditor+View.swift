import WaymarkCore
import WaymarkCurriculum

extension NoteEditor {
    /// Rows of text the editor shows.
    static let visibleRows = 4

    func draw(into frame: inout Frame) {
        let box = OverlayBox(in: frame, width: 72, height: Self.visibleRows + 6)
        box.draw(title: DisplayWidth.truncate(prompt.sanitizedLine, to: box.innerWidth - 2), into: &frame)
        let width = max(1, box.innerWidth)
        let rows = Self.rows(of: editor, width: width)
        let first = max(0, min(rows.cursorRow - Self.visibleRows + 1, rows.lines.count - Self.visibleRows))
        let field = CellStyle(underline: true)
        for offset in 0..<Self.visibleRows {
            let y = box.y + 2 + offset
            frame.clear(x: box.innerX, y: y, width: width, height: 1, style: field)
            guard rows.lines.indices.contains(first + offset) else { continue }
            frame.put(rows.lines[first + offset], x: box.innerX, y: y, style: field, limit: width)
        }
        let cursorY = box.y + 2 + rows.cursorRow - first
        frame.put(rows.cursorGlyph, x: box.innerX + rows.cursorColumn, y: cursorY, style: CellStyle(reverse: true))
        frame.put(
            "Enter saves · Esc cancels · Alt-Enter new line · Ctrl-U clears", x: box.innerX,
            y: box.y + box.height - 2, style: .muted, limit: box.innerWidth)
    }

    /// The text near the cursor cut into rows of `width` columns, with where the
    /// cursor falls. Only a window around the cursor is laid out: what the box shows
    /// costs the same for a note of any length.
    static func rows(of editor: LineEditor, width: Int) -> (
        lines: [String], cursorRow: Int, cursorColumn: Int, cursorGlyph: String
    ) {
        let window = 4 * width * visibleRows
        let characters = editor.characters
        var start = max(0, editor.cursor - window)
        // Begin at a line start when one is near, so the rows wrap as they would in full.
        if let newline = characters[start..<editor.cursor].firstIndex(of: "\n"), start > 0 { start = newline + 1 }
        let end = min(characters.count, editor.cursor + window)
        var lines: [String] = [""]
        var column = 0
        var cursor = (row: 0, column: 0)
        var glyph = " "
        for index in start...end {
            if index == editor.cursor {
                if column >= width {
                    lines.append("")
                    column = 0
                }
                cursor = (lines.count - 1, column)
                if index < end, characters[index] != "\n" { glyph = String(characters[index]).sanitizedLine }
            }
            guard index < end else { break }
            let character = characters[index]
            if character == "\n" {
                lines.append("")
                column = 0
                continue
            }
            let shown = String(character).sanitizedLine
            let cells = DisplayWidth.of(shown)
            if column + cells > width {
                lines.append("")
                column = 0
            }
            lines[lines.count - 1] += shown
            column += cells
        }
        return (lines, cursor.row, cursor.column, glyph)
    }
}
