import WaymarkCore
import WaymarkCurriculum

extension LessonScreen {
    /// The insights noted on this lesson, oldest first (ties in the order noted).
    func journalEntries(_ app: AppContext) -> [JournalEntry] {
        app.progress.journal.enumerated()
            .filter { $0.element.lessonID == lessonID }
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
    }

    /// The journal after the lesson's text: a heading, then each insight under its
    /// date, wrapped to the reading width. Out of the way until the learner reaches
    /// the end, where it reminds them what they thought last time.
    static func journalLines(_ entries: [JournalEntry], width: Int, zone: LocalZone) -> [StyledLine] {
        guard !entries.isEmpty else { return [] }
        let indent = String(repeating: " ", count: 12)  // "2026-11-21  "
        var lines: [StyledLine] = [[], [Span("Your journal on this lesson", .heading)], []]
        for entry in entries {
            var date: String? = Day(entry.at, in: zone).description
            let paragraphs = entry.text.sanitizedForDisplay.replacingTabs(with: " ").split(separator: "\n")
            for paragraph in paragraphs {
                for row in TextWrapper.wrap(String(paragraph), width: max(10, width - indent.count)) {
                    lines.append(date.map { [Span($0, .muted), Span("  " + row)] } ?? [Span(indent + row)])
                    date = nil
                }
            }
        }
        return lines
    }
}
