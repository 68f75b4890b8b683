import WaymarkCurriculum

extension PortfolioBuilder {
    /// `deliverables/ID.md`: one deliverable with its state, steps, note and the
    /// calculator results attached to it.
    func deliverablePage(_ deliverable: Deliverable, in path: LearningPath) -> [String] {
        let entry = progress.deliverables[deliverable.id]
        let state = entry?.state ?? .todo
        var out = ["# \(PortfolioMarkdown.inline(deliverable.title))", "", "[Back to the portfolio](../index.md)", ""]
        if let phase = path.phase(containing: deliverable) {
            var line = "\(PortfolioMarkdown.inline(path.title)), \(phase.weeksLabel.lowercasedFirst)"
            if let start = progress.paths[path.id]?.startedOn {
                let days = Self.days(ofWeeks: phase.weeks, from: start)
                line += " (\(days.lowerBound) to \(days.upperBound))"
            }
            out += [line + ": \(PortfolioMarkdown.inline(phase.focus))", ""]
        }
        var status = "State: **\(state.label)**"
        if let entry, state != .todo { status += Self.when(state, day(entry.changedAt)) }
        out += [status, ""]
        out += PortfolioMarkdown.paragraphs(deliverable.description)
        if !deliverable.description.trimmed.isEmpty { out.append("") }
        out += steps(of: deliverable)
        out += lessons(of: deliverable)
        let (note, results) = Self.split(note: entry?.note ?? "")
        if !note.isEmpty { out += ["## Note", ""] + PortfolioMarkdown.paragraphs(note) + [""] }
        if !results.isEmpty {
            out += ["## Calculator results", ""] + results.map { "- \(PortfolioMarkdown.inline($0))" } + [""]
        }
        if out.last == "" { out.removeLast() }
        return out
    }

    private func steps(of deliverable: Deliverable) -> [String] {
        guard !deliverable.steps.isEmpty else { return [] }
        var out = ["## Steps", ""]
        for step in deliverable.steps {
            let entry = progress.steps[step.id]
            let done = entry?.done == true
            var line = "- [\(done ? "x" : " ")] \(PortfolioMarkdown.inline(step.text))"
            if let entry, done { line += " (done \(day(entry.changedAt)))" }
            out.append(line)
        }
        out += ["", "\(progress.stepsDone(of: deliverable)) of \(deliverable.steps.count) steps done.", ""]
        return out
    }

    private func lessons(of deliverable: Deliverable) -> [String] {
        guard !deliverable.lessonIDs.isEmpty else { return [] }
        var out = ["## Lessons behind it", ""]
        for id in deliverable.lessonIDs {
            let read = progress.lessonsRead[id].map { " (read \(day($0)))" } ?? ""
            out.append("- \(PortfolioMarkdown.inline(lessonTitle(id)))\(read)")
        }
        out.append("")
        return out
    }

    /// A note's own lines apart from the calculator results attached to it: a
    /// result is a line of its own that starts with a calculator's title and a
    /// colon and shows its answer after an arrow (see `CalculatorResult.summaryLine`).
    static func split(note: String) -> (note: String, results: [String]) {
        var own: [String] = []
        var results: [String] = []
        for line in note.sanitizedForDisplay.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let isResult = line.contains(" → ") && Calculator.all.contains { line.hasPrefix($0.title + ": ") }
            if isResult { results.append(line) } else { own.append(line) }
        }
        return (own.joined(separator: "\n").trimmed, results)
    }
}
