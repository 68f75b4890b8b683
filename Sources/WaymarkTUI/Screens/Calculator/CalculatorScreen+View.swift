import WaymarkCore
import WaymarkCurriculum

extension CalculatorScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        var y = region.top
        let lesson = app.curriculum.lesson(id: calculator.lessonID)?.title ?? calculator.lessonID
        let link = " · Ctrl-O opens it"
        // The lesson's title gives way before the key that opens it.
        let room = region.width - 5 - DisplayWidth.of(calculator.title + "   lesson: " + link)
        let title: StyledLine =
            room < 12
            ? [Span(calculator.title, .heading), Span(" · Ctrl-O opens its lesson", .muted)]
            : [
                Span(calculator.title, .heading), Span("   lesson: ", .muted),
                Span(DisplayWidth.truncate(lesson, to: room), CellStyle(role: .accent)), Span(link, .muted),
            ]
        frame.put(title, x: 2, y: y, limit: region.width - 3)
        let layout = self.layout(width: region.width, height: region.height)
        for (offset, line) in layout.summary.enumerated() {
            frame.put(line, x: 2, y: y + 1 + offset, style: .muted)
        }
        drawFields(layout, top: region.top, width: region.width, into: &frame)
        guard layout.resultHeight > 0 else { return }
        y = region.top + layout.resultTop
        let lines = resultLines(width: Self.resultWidth(region.width))
        let rows = layout.visibleRows(total: lines.count)
        let first = min(scroll, max(0, lines.count - rows))
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            frame.put(line, x: 2, y: y + offset, limit: region.width - 3)
        }
        if rows < lines.count {
            let more = first + rows < lines.count ? "↓ PgDn for more" : "↑ PgUp for the top"
            frame.put(more, x: max(0, region.width - DisplayWidth.of(more) - 2), y: y + rows, style: .muted)
        }
    }

    func layout(width: Int, height: Int) -> CalculatorLayout {
        CalculatorLayout(calculator, focus: focus, width: width, height: height)
    }

    static func resultWidth(_ width: Int) -> Int { max(20, width - 5) }

    /// One row per field: the focus marker, the label, the text box (the default
    /// dimmed when it is empty), ✗ when the error names it, and the units it takes.
    private func drawFields(_ layout: CalculatorLayout, top: Int, width: Int, into frame: inout Frame) {
        let boxWidth = width >= 100 ? 24 : (width >= 70 ? 20 : 14)
        let longest = calculator.fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        let labelWidth = min(longest, max(8, width - boxWidth - 20))
        let boxX = 3 + labelWidth + 2
        let hintX = boxX + boxWidth + 3
        let wrongField: String? = if case .failure(let error) = outcome { error.field } else { nil }
        for index in layout.fields {
            let field = calculator.fields[index]
            let y = top + layout.fieldsTop + index - layout.fields.lowerBound
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
                let below = top + layout.fieldsTop + layout.fields.count
                frame.put(whole, x: x, y: below, style: .muted, limit: width - x - 1)
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
