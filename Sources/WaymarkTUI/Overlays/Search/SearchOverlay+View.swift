import WaymarkCore
import WaymarkCurriculum

extension SearchOverlay {
    func draw(_ app: AppContext, into frame: inout Frame) {
        let box = OverlayBox(in: frame, width: 96, height: frame.height - 2)
        box.draw(title: "Search lessons, patterns, recipes, sheets and terms", into: &frame)
        let width = box.innerWidth
        let field = CellStyle(underline: true)
        frame.clear(x: box.innerX, y: box.y + 1, width: width, height: 1, style: field)
        let typed = query.text.sanitizedLine
        let shown = DisplayWidth.of(typed) > width - 3 ? "…" + String(typed.suffix(width - 4)) : typed
        let used = frame.put("/ " + shown, x: box.innerX, y: box.y + 1, style: field, limit: width)
        frame.put(" ", x: box.innerX + used, y: box.y + 1, style: CellStyle(reverse: true))
        var y = box.y + 3
        let bottom = box.y + box.height - 2
        guard app.searchIndex != nil else {
            frame.put("Building the index…", x: box.innerX, y: y, style: .muted)
            return
        }
        if results.isEmpty {
            let text = SearchText.words(of: query.text).isEmpty ? "Type to search." : "Nothing matches."
            frame.put(text, x: box.innerX, y: y, style: .muted)
        }
        // Two rows a result; keep the selected one in view.
        let perPage = max(1, (bottom - y) / 2)
        let first = max(0, min(cursor - perPage / 2, results.count - perPage))
        for (index, result) in results.enumerated().dropFirst(first).prefix(perPage) {
            let selected = index == cursor
            let kind = Span("  \(result.kind.label)", .muted)
            frame.put(
                [Span(selected ? "▸ " : "  ", .accent), Span(result.title, .strong), kind], x: box.innerX, y: y,
                limit: width)
            if selected {
                frame.restyle(x: box.innerX + 2, y: y, width: min(width - 2, DisplayWidth.of(result.title))) {
                    $0.selected
                }
            }
            var snippet: StyledLine = [Span("    ")]
            let characters = Array(result.snippet)
            if let range = result.highlight, range.upperBound <= characters.count {
                snippet += [
                    Span(String(characters[..<range.lowerBound]), .muted),
                    Span(String(characters[range]), CellStyle(role: .warning, bold: true)),
                    Span(String(characters[range.upperBound...]), .muted),
                ]
            } else {
                snippet.append(Span(result.snippet, .muted))
            }
            frame.put(snippet, x: box.innerX, y: y + 1, limit: width)
            y += 2
        }
        frame.put(
            "↑↓ choose · Enter opens · Esc closes", x: box.innerX, y: box.y + box.height - 2, style: .muted,
            limit: width)
    }
}

extension SearchDocument.Kind {
    /// How a result's kind reads in the list.
    var label: String {
        switch self {
        case .lesson: "lesson"
        case .pattern: "pattern"
        case .glossary: "glossary"
        case .recipe: "recipe"
        case .cheatSheet: "cheat sheet"
        }
    }
}
