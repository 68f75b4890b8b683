import WaymarkCurriculum

extension TodayReport {
    /// `wk1 ████░░ 4/6`: done against planned, the bar as wide as the busiest week.
    public func weekChart(width: Int = 12) -> [String] {
        let scale = max(1, weeks.map { max($0.planned, $0.done) }.max() ?? 1)
        let label = "wk\(weeks.last?.week ?? 1)".count
        return weeks.map { item in
            let filled = min(width, item.done * width / scale)
            let planned = max(filled, min(width, item.planned * width / scale))
            let bar =
                String(repeating: "█", count: filled) + String(repeating: "░", count: planned - filled)
                + String(repeating: " ", count: width - planned)
            return "wk\(item.week)".padded(to: label)
                + " \(bar) \(item.done)/\(item.planned)"
        }
    }

    /// Two rows: the day of the month for each of the next 14 days, and the
    /// reviews due on it.
    public var forecastRows: (days: String, counts: String) {
        let cells = reviewsByDay.enumerated().map { offset, count in
            (String(today.adding(days: offset).day), String(count))
        }
        let width = max(2, cells.map { max($0.0.count, $0.1.count) }.max() ?? 2)
        func row(_ texts: [String]) -> String {
            texts.map { String(repeating: " ", count: width - $0.count) + $0 }.joined(separator: " ")
        }
        return (row(cells.map(\.0)), row(cells.map(\.1)))
    }

    /// "95 of 360 minutes this week".
    public var minutesLine: String {
        "\(minutesThisWeek) of \(weeklyGoalMinutes) minutes this week"
    }

    public func text(style: TextStyle) -> String {
        var lines: [String] = []
        lines.append(style.strong("Today") + " — \(path.title.sanitizedLine), week \(week), \(today)")
        lines.append("")
        lines.append(
            reviewsDue == 0
                ? "Reviews: none due" : "Reviews: \(reviewsDue) due " + style.dim("(waymark review)"))
        lines.append("Next lessons:")
        if nextLessons.isEmpty { lines.append("  every lesson of this phase is read") }
        for lesson in nextLessons {
            lines.append("  \(lesson.title.sanitizedLine) " + style.dim("(\(lesson.id.sanitizedLine))"))
        }
        if let item = deliverable {
            let steps = item.stepsTotal > 0 ? " — \(item.stepsDone)/\(item.stepsTotal) steps" : ""
            lines.append("Deliverable: \(item.title.sanitizedLine)" + style.dim(" (\(item.id.sanitizedLine))") + steps)
            if let step = item.nextStep { lines.append("  next step: \(step.text.sanitizedLine)") }
        }
        lines.append("Study: " + minutesLine)
        lines.append("Pace: \(pace)" + (paceExplanation.map { " — " + $0 } ?? ""))
        if let advice { lines.append(style.warning("  Behind: \(advice.sanitizedLine)")) }
        if !weeks.isEmpty {
            lines.append("")
            lines.append(style.strong("Planned against done, week by week"))
            lines += weekChart().map { "  " + $0 }
        }
        lines.append("")
        lines.append(style.strong("Reviews due, next 14 days"))
        let rows = forecastRows
        lines.append("  " + style.dim(rows.days))
        lines.append("  " + rows.counts)
        return lines.joined(separator: "\n")
    }

    public var json: TodayJSON {
        TodayJSON(
            path: path.id, today: today.description, week: week, reviewsDue: reviewsDue,
            reviewsByDay: reviewsByDay,
            nextLessons: nextLessons.map { .init(id: $0.id, title: $0.title) },
            deliverable: deliverable.map {
                .init(
                    id: $0.id, title: $0.title, phase: $0.phaseID, stepsDone: $0.stepsDone, stepsTotal: $0.stepsTotal,
                    nextStep: $0.nextStep.map { .init(id: $0.id, text: $0.text) })
            },
            studyMinutesThisWeek: minutesThisWeek, weeklyGoalMinutes: weeklyGoalMinutes, pace: "\(pace)",
            paceExplanation: paceExplanation, advice: advice,
            weeks: weeks.map { .init(week: $0.week, planned: $0.planned, done: $0.done) })
    }
}
