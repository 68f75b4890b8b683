import WaymarkCore
import WaymarkCurriculum

/// A card file of the reference shelf (a pattern, cheat sheet or recipe) laid out
/// like a lesson, with a scroll position. The document screen and the pattern card
/// both show one, so it scrolls, waits for its body and reports a body that could
/// not be read in one place. A screen may put lines of its own (the pattern card's
/// links) above the body: they scroll with it, so a short window still has room
/// for the text.
struct DocumentReader: Sendable, Equatable {
    let file: String
    /// First visible line.
    var scroll = 0
    /// The body laid out for one width, kept so that scrolling does not lay it out again.
    private var layout: (width: Int, lines: [StyledLine])?

    init(file: String) {
        self.file = file
    }

    /// What opening the file asks of the root: its body, unless it is already read.
    static func arrival(_ file: String, _ app: AppContext) -> [Outcome] {
        app.documents[file] == nil ? [.loadDocument(file)] : []
    }

    var lines: [StyledLine]? { layout?.lines }

    /// Scrolls for a movement command, `page` rows being visible; false for any other command.
    mutating func scroll(_ command: Command, page: Int) -> Bool {
        switch command {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= max(1, page - 1)
        case .pageDown: scroll += max(1, page - 1)
        case .first: scroll = 0
        case .last: scroll = Int.max / 2
        default: return false
        }
        return true
    }

    /// Lays the body out when it arrives or the width changes, and keeps the scroll
    /// position inside it and the `preamble` lines above it.
    mutating func refresh(_ app: AppContext, page: Int, preamble: Int = 0) {
        if layout?.width != app.readingWidth, let document = app.documents[file] {
            // A card has no self-check, but an "A: " paragraph in one is shown, not hidden.
            let laidOut = MarkdownLayout.layout(document, width: app.readingWidth, revealedAnswers: .max)
            layout = (app.readingWidth, laidOut.lines)
        }
        scroll = min(max(0, scroll), max(0, preamble + (layout?.lines.count ?? 0) - page))
    }

    /// Draws the visible lines from `region.top`, and the position above the footer.
    func draw(
        _ app: AppContext, in region: Region, margin: Int, preamble: [StyledLine] = [], into frame: inout Frame
    ) {
        guard let body = layout?.lines else {
            for (offset, line) in preamble.prefix(region.height).enumerated() {
                frame.put(line, x: margin, y: region.top + offset, limit: region.width - margin)
            }
            let error = app.documentErrors[file]
            let text = error.map { "This card could not be opened: \($0)" } ?? "Opening…"
            let y = region.top + min(preamble.count, max(0, region.height - 1))
            frame.put(text, x: margin, y: y, style: error == nil ? .muted : .warning)
            return
        }
        let lines = preamble + body
        for (offset, line) in lines.dropFirst(scroll).prefix(region.height).enumerated() {
            frame.put(line, x: margin, y: region.top + offset, limit: region.width - margin)
        }
        let last = min(lines.count, scroll + region.height)
        let percent = lines.count <= region.height ? 100 : last * 100 / lines.count
        let position = "lines \(scroll + 1)-\(last) of \(lines.count) · \(percent)%"
        frame.put(position, x: max(0, frame.width - DisplayWidth.of(position) - 1), y: frame.height - 2, style: .muted)
    }

    static func == (lhs: DocumentReader, rhs: DocumentReader) -> Bool {
        lhs.file == rhs.file && lhs.scroll == rhs.scroll
    }
}
