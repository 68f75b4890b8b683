import WaymarkCore
import WaymarkCurriculum

extension LessonScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let lesson = app.curriculum.lesson(id: lessonID) else { return }
        let margin = max(2, (region.width - app.readingWidth) / 2)
        frame.put(lesson.title, x: margin, y: region.top, style: .heading, limit: region.width - margin - 1)
        var meta =
            "\(lesson.minutes) min · \(lesson.tags.joined(separator: ", ")) · lesson \(index + 1) of \(sequence.count)"
        let insights = journalEntries(app).count
        if insights > 0 { meta += insights == 1 ? " · 1 insight" : " · \(insights) insights" }
        frame.put(meta, x: margin, y: region.top + 1, style: .muted, limit: region.width - margin - 1)
        let prerequisites = LessonPrerequisites(of: lessonID, app)
        if !prerequisites.isEmpty {
            frame.put(prerequisites.line(width: region.width - margin - 1), x: margin, y: region.top + 2)
        }
        if let prompt = predictPrompt(app) {
            for (offset, line) in prompt.enumerated() {
                frame.put(line, x: margin, y: region.top + baseHeaderRows(app) + offset, limit: region.width - margin)
            }
        }
        let body = region.dropping(headerRows(app))
        guard let lines = layout?.lines else {
            let text = app.lessonErrors[lessonID].map { "This lesson could not be opened: \($0)" } ?? "Opening…"
            frame.put(text, x: margin, y: body.top, style: app.lessonErrors[lessonID] == nil ? .muted : .warning)
            return
        }
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            frame.put(line, x: margin, y: body.top + offset, limit: region.width - margin)
            if let term = findTerm { highlight(term, in: line, x: margin, y: body.top + offset, into: &frame) }
        }
        let last = min(lines.count, scroll + body.height)
        let percent = lines.count <= body.height ? 100 : last * 100 / lines.count
        var position = "lines \(scroll + 1)-\(last) of \(lines.count) · \(percent)%"
        // The › and ‹ marks say a line is cut; this says which keys bring the rest.
        if let layout, layout.widestCode > app.readingWidth - 2 { position += " · ←→ code" }
        if let document = app.lessonDocuments[lessonID], document.answerCount > 0 {
            position += " · answers \(revealedAnswers)/\(document.answerCount)"
        }
        frame.put(position, x: max(0, frame.width - DisplayWidth.of(position) - 1), y: frame.height - 2, style: .muted)
    }

    /// Marks each occurrence of the search term on a drawn line.
    private func highlight(_ term: String, in line: StyledLine, x: Int, y: Int, into frame: inout Frame) {
        let plain = line.plainText
        let folded = SearchText.fold(plain)
        // Folding can change a line's length (ß → ss); positions are then unknown.
        guard folded.count == plain.count, folded.contains(term) else { return }
        var searchStart = folded.startIndex
        while let range = folded.range(of: term, range: searchStart..<folded.endIndex) {
            let column = DisplayWidth.of(
                String(plain.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound))))
            let width = DisplayWidth.of(String(folded[range]))
            frame.restyle(x: x + column, y: y, width: width) { style in
                var marked = style
                marked.reverse = true
                return marked
            }
            searchStart = range.upperBound
        }
    }
}
