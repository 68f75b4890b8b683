extension PortfolioBuilder {
    /// `journal.md`: every insight by day, oldest first, under its lesson's title.
    var journalPage: [String] {
        let journal = JournalReport(curriculum: curriculum, progress: progress, zone: zone)
        var out = ["# Journal", "", "[Back to the portfolio](index.md)", ""]
        guard let first = journal.days.first, let last = journal.days.last else {
            out.append("No insights noted yet.")
            return out
        }
        let count = Self.count(progress.journal.count, "insight", "insights")
        out += [
            first.day == last.day
                ? "\(count) noted while reading, on \(first.day)."
                : "\(count) noted while reading, from \(first.day) to \(last.day).",
            "",
        ]
        for day in journal.days {
            out += ["## \(day.day)", ""]
            for entry in day.entries {
                out += ["### \(PortfolioMarkdown.inline(journal.lessonTitle(entry.lessonID)))", ""]
                let text = PortfolioMarkdown.paragraphs(entry.text)
                out += (text.isEmpty ? ["(No text.)"] : text) + [""]
            }
        }
        out.removeLast()
        return out
    }
}
