import WaymarkCore
import WaymarkCurriculum

extension TodayScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let report = report(app) else {
            frame.put("No active path: press p to pick one.", x: 2, y: region.top, style: .muted)
            return
        }
        frame.put(
            [
                Span("Week \(report.week) · \(report.today)", .heading),
                Span("   \(report.pace)", pace(report.pace)),
            ], x: 2, y: region.top)
        OrphanNotice.draw(app, at: region.top + 1, width: region.width, into: &frame)
        let width = region.width - 6
        var entries: [ListView.Entry] = []
        var item = 0
        let reviews =
            app.reviewDeck == nil
            ? "counting…" : report.reviewsDue == 0 ? "none due now" : "\(report.reviewsDue) due now"
        entries.append(.init(lines: [label("Reviews", [Span(reviews, .strong)])], item: item))
        item += 1
        if report.nextLessons.isEmpty {
            entries.append(
                .init(lines: [label("Read next", [Span("every lesson of this phase is read", .muted)])], item: nil))
        }
        for (index, lesson) in report.nextLessons.enumerated() {
            entries.append(.init(lines: [label(index == 0 ? "Read next" : "", [Span(lesson.title)])], item: item))
            item += 1
        }
        if let deliverable = report.deliverable {
            let steps = deliverable.stepsTotal > 0 ? "  \(deliverable.stepsDone)/\(deliverable.stepsTotal) steps" : ""
            var lines = [label("Deliverable", [Span(deliverable.title, .strong), Span(steps, .muted)])]
            if let step = deliverable.nextStep {
                lines += TextWrapper.wrap("next: " + step.text, width: width - 14, limit: 2).map {
                    [Span(String(repeating: " ", count: 14) + $0, .muted)]
                }
            }
            entries.append(.init(lines: lines, item: item))
        }
        entries.append(.init(lines: [[]] + summary(report, width: width), item: nil))
        if !report.weeks.isEmpty {
            entries.append(
                .init(
                    lines: [[], [Span("Planned against done, week by week", .heading)]]
                        + report.weekChart(width: min(24, max(6, width / 4))).map { [Span("  " + $0)] },
                    item: nil))
        }
        let rows = report.forecastRows
        entries.append(
            .init(
                // No blank line before it: at 80x24 the counts still fit under two weeks of chart.
                lines: [
                    [Span("Reviews due, next 14 days", .heading)], [Span("  " + rows.days, .muted)],
                    [Span("  " + rows.counts)],
                ], item: nil))
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(2), into: &frame)
    }

    /// Minutes against the goal as a bar, the pace and its reason, and what to do if behind.
    private func summary(_ report: TodayReport, width: Int) -> [StyledLine] {
        let barWidth = 20
        let filled = min(barWidth, report.minutesThisWeek * barWidth / max(1, report.weeklyGoalMinutes))
        var lines: [StyledLine] = [
            label(
                "Study",
                [
                    Span(String(repeating: "█", count: filled), .good),
                    Span(String(repeating: "░", count: barWidth - filled), .muted),
                    Span(" " + report.minutesLine),
                ])
        ]
        if let explanation = report.paceExplanation {
            lines += TextWrapper.wrap(explanation, width: width - 14, limit: 2).enumerated().map { index, text in
                label(index == 0 ? "Pace" : "", [Span(text, .muted)])
            }
        }
        if let advice = report.advice {
            lines += TextWrapper.wrap("Behind: " + advice, width: width - 14, limit: 2).map {
                label("", [Span($0, .warning)])
            }
        }
        return lines
    }

    private func label(_ text: String, _ spans: [Span]) -> StyledLine {
        [Span(text.padded(to: 14), .muted)] + spans
    }

    private func pace(_ pace: Pace) -> CellStyle {
        switch pace {
        case .behind: .warning
        case .ahead, .onTrack, .complete: .good
        default: .muted
        }
    }
}
