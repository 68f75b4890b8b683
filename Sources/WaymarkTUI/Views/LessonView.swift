import WaymarkCore
import WaymarkCurriculum

/// The lesson reader: title, where it sits in the path, the rendered Markdown
/// with a scroll position, and hidden self-check answers.
enum LessonView {
    static func draw(_ state: AppState, route: LessonRoute, in region: Region, into frame: inout Frame) {
        guard let lesson = state.curriculum.lesson(id: route.lessonID) else { return }
        let margin = max(2, (region.width - state.readingWidth) / 2)
        frame.put(lesson.title, x: margin, y: region.top, style: .heading, limit: region.width - margin - 1)
        let meta =
            "\(lesson.minutes) min · \(lesson.tags.joined(separator: ", ")) · lesson \(route.index + 1) of \(route.sequence.count)"
        frame.put(meta, x: margin, y: region.top + 1, style: .muted, limit: region.width - margin - 1)
        let body = region.dropping(3)
        guard let lines = state.lessonLines(route, revealed: state.page.revealedAnswers) else {
            let text = state.lessonErrors[route.lessonID].map { "This lesson could not be opened: \($0)" } ?? "Opening…"
            frame.put(
                text, x: margin, y: body.top, style: state.lessonErrors[route.lessonID] == nil ? .muted : .warning)
            return
        }
        let scroll = state.page.scroll
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            frame.put(line, x: margin, y: body.top + offset, limit: region.width - margin)
        }
        let last = min(lines.count, scroll + body.height)
        let percent = lines.count <= body.height ? 100 : last * 100 / lines.count
        var position = "lines \(scroll + 1)-\(last) of \(lines.count) · \(percent)%"
        if let document = state.lessonDocuments[route.lessonID], document.answerCount > 0 {
            position += " · answers \(state.page.revealedAnswers)/\(document.answerCount)"
        }
        frame.put(position, x: max(0, frame.width - DisplayWidth.of(position) - 1), y: frame.height - 2, style: .muted)
    }
}
