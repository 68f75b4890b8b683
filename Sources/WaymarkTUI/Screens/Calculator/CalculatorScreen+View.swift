import WaymarkCore
import WaymarkCurriculum

extension CalculatorScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        var y = region.top
        let lesson = app.curriculum.lesson(id: calculator.lessonID)?.title ?? calculator.lessonID
        let link = " · Ctrl-O opens it"
        // The lesson's title gives way before the key that opens it.
        let room = region.width - 5 - DisplayWidth.of(calculator.title + "   lesson: " + link)
        frame.put(
            [
                Span(calculator.title, .heading), Span("   lesson: ", .muted),
                Span(DisplayWidth.truncate(lesson, to: max(12, room)), CellStyle(role: .accent)), Span(link, .muted),
            ], x: 2, y: y, limit: region.width - 3)
        y += 1
        for line in summaryLines(width: region.width) {
            frame.put(line, x: 2, y: y, style: .muted)
            y += 1
        }
        y += 1
        drawFields(top: y, width: region.width, into: &frame)
        y += editors.count + 1
        let lines = resultLines(width: Self.resultWidth(region.width))
        let height = region.top + region.height - y
        let rows = Self.visibleRows(total: lines.count, height: height)
        let first = min(scroll, max(0, lines.count - rows))
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            frame.put(line, x: 2, y: y + offset, limit: region.width - 3)
        }
        if rows < lines.count {
            let more = first + rows < lines.count ? "↓ PgDn for more" : "↑ PgUp for the top"
            frame.put(more, x: max(0, region.width - DisplayWidth.of(more) - 2), y: y + rows, style: .muted)
        }
    }

    /// Rows above the result: the title with its lesson, the summary, a blank
    /// line, the fields and another blank line.
    func resultTop(width: Int) -> Int { 1 + summaryLines(width: width).count + 1 + editors.count + 1 }

    /// Rows the result has on this screen.
    func resultHeight(_ app: AppContext) -> Int {
        Self.visibleRows(total: .max, height: max(1, app.bodyHeight - resultTop(width: app.width)))
    }

    /// Rows of result shown: all of them, or one fewer to say there is more.
    static func visibleRows(total: Int, height: Int) -> Int {
        total > height ? max(1, height - 1) : height
    }

    static func resultWidth(_ width: Int) -> Int { max(20, width - 5) }

    private func summaryLines(width: Int) -> [String] {
        TextWrapper.wrap(calculator.summary, width: width - 4, limit: 2)
    }

    /// One row per field: the focus marker, the label, the text box (the default
    /// dimmed when it is empty), ✗ when the error names it, and the units it takes.
    private func drawFields(top: Int, width: Int, into frame: inout Frame) {
        let boxWidth = width >= 100 ? 24 : 20
        let longest = calculator.fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        let labelWidth = min(longest, max(8, width - boxWidth - 20))
        let boxX = 3 + labelWidth + 2
        let hintX = boxX + boxWidth + 3
        let wrongField: String? = if case .failure(let error) = outcome { error.field } else { nil }
        for (index, field) in calculator.fields.enumerated() {
            let y = top + index
            let focused = index == focus
            let wrong = field.name == wrongField
            if focused { frame.put("▸", x: 1, y: y, style: .accent) }
            let labelStyle: CellStyle = wrong ? .warning : (focused ? .strong : .plain)
            frame.put(DisplayWidth.truncate(field.label, to: labelWidth), x: 3, y: y, style: labelStyle)
            let box = CellStyle(underline: true)
            frame.clear(x: boxX, y: y, width: boxWidth, height: 1, style: box)
            let editor = editors[index]
            if editor.characters.isEmpty, let fallback = field.defaultText {
                frame.put(
                    fallback, x: boxX, y: y, style: CellStyle(role: .muted, dim: true, underline: true), limit: boxWidth
                )
            }
            let shown = Self.visibleText(of: editor, width: boxWidth)
            frame.put(shown.text, x: boxX, y: y, style: box, limit: boxWidth)
            if focused {
                frame.restyle(x: boxX + shown.cursorColumn, y: y, width: 1) { $0.selected }
            }
            if wrong { frame.put("✗", x: boxX + boxWidth + 1, y: y, style: .warning) }
            let hint = Self.hint(for: field)
            let room = width - hintX - 1
            if room >= 10 { frame.put(DisplayWidth.truncate(hint, to: room), x: hintX, y: y, style: .muted) }
            // Cut short beside its field, the focused field's hint is given whole below the fields.
            if focused, DisplayWidth.of(hint) > room {
                let whole = "↳ " + hint
                let x = max(3, min(boxX, width - 1 - DisplayWidth.of(whole)))
                frame.put(whole, x: x, y: top + calculator.fields.count, style: .muted, limit: width - x - 1)
            }
        }
    }

    /// The units a field takes, from its kind's example ("a rate such as 800/s…"
    /// reads "e.g. 800/s…" beside a label that already names the rate), and its default.
    static func hint(for field: Field) -> String {
        let example = field.kind.example
        let units = example.range(of: " such as ").map { "e.g. " + example[$0.upperBound...] } ?? example
        let list = field.isList ? ", commas between" : ""
        return units + list + (field.defaultText.map { " · default \($0)" } ?? "")
    }

    /// The part of a field's text that fits `width` columns with the cursor in view,
    /// and the column the cursor is at.
    static func visibleText(of editor: LineEditor, width: Int) -> (text: String, cursorColumn: Int) {
        let glyphs = editor.characters.map { String($0).sanitizedLine }
        let widths = glyphs.map(DisplayWidth.of)
        var start = 0
        var before = widths[..<editor.cursor].reduce(0, +)
        // The cursor needs a column of its own after the text.
        while before > width - 1, start < editor.cursor {
            before -= widths[start]
            start += 1
        }
        var text = ""
        var used = 0
        for index in glyphs.indices.dropFirst(start) {
            if used + widths[index] > width { break }
            text += glyphs[index]
            used += widths[index]
        }
        return (text, before)
    }
}
