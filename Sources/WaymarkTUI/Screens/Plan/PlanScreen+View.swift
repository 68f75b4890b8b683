import WaymarkCore
import WaymarkCurriculum

extension PlanScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        guard let curriculumPath = app.path(planPathID) else { return }
        let standing = PathStanding(path: curriculumPath, progress: app.progress, today: app.today)
        // The current plan: weeks as the learner's re-plans moved them.
        let path = standing.path
        var y = region.top
        frame.put([Span(path.title, .heading), Span("  for \(path.audience.lowercasedFirst)", .muted)], x: 2, y: y)
        y += 1
        frame.put(path.shape, x: 2, y: y, style: .muted)
        y += 1
        var week = Self.weekLine(standing)
        if standing.startedOn != nil, app.progress.activePath != planPathID {
            week.append(Span("  · not your active path: s switches to it", .muted))
        }
        frame.put(week, x: 2, y: y, limit: region.width - 3)
        y += 1
        if let why = standing.paceExplanation, standing.currentWeek.map({ $0 >= 1 }) == true {
            frame.put("Pace: " + why, x: 2, y: y, style: .muted, limit: region.width - 3)
            y += 1
        }
        if case .behind(let weeks) = standing.pace, weeks >= 1 {
            frame.put(
                "\(standing.pace) — press R to re-plan the remaining phases from this week", x: 2, y: y,
                style: .warning, limit: region.width - 3)
            y += 1
        }
        frame.put(
            [Span("Overall  ")] + Chrome.bar(done: standing.done, total: standing.total, width: 20) + [
                Span(" deliverables · \(standing.percent)%", .muted)
            ], x: 2, y: y)
        y += 1
        if app.isComplete(curriculumPath) {
            frame.put(
                "✓ Path complete: every deliverable done, every criterion rated confident.", x: 2, y: y,
                style: CellStyle(role: .good, bold: true))
        } else if let next = standing.nextDeliverable,
            let phase = path.phase(containing: next)
        {
            frame.put(
                [
                    Span("Next  ", .strong), Span(next.title),
                    Span("  (\(phase.weeksLabel.lowercased()), \(phase.focus))", .muted),
                ], x: 2, y: y)
        } else {
            frame.put(
                [Span("All deliverables resolved. ", .good), Span("Press c to rate your success criteria.", .muted)],
                x: 2, y: y)
        }
        y += 2
        let current = standing.currentPhase?.id
        let entries = standing.phases.enumerated().map { index, phase -> ListView.Entry in
            let marker =
                phase.phase.id == current ? Span("◆ this week", CellStyle(role: .warning, bold: true)) : Span("")
            let done = phase.isResolved ? Span(" ✓", CellStyle(role: .good, bold: true)) : Span("")
            let head: StyledLine =
                [
                    Span(DisplayWidth.pad(phase.phase.weeksLabel, to: path.weeksLabelColumns), .muted),
                    Span(DisplayWidth.pad(phase.phase.focus, to: 24), .strong),
                ] + Chrome.bar(done: phase.done, total: phase.total) + [done, Span("  "), marker]
            var lines = [head, [Span("  " + DisplayWidth.truncate(phase.phase.summary, to: region.width - 8), .muted)]]
            if let pitfall = FundamentalsPitfall.pitfall(
                for: phase.phase, of: curriculumPath, in: app.curriculum, progress: app.progress)
            {
                let text = "⚠ \(pitfall.mistake): \(pitfall.instead.lowercasedFirst)."
                lines.append([Span("  " + DisplayWidth.truncate(text, to: region.width - 8), .warning)])
            }
            return .init(lines: lines, item: index)
        }
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(y - region.top), into: &frame)
    }

    static func weekLine(_ standing: PathStanding) -> StyledLine {
        guard let week = standing.currentWeek, let start = standing.startedOn else {
            return [Span("Not started yet: press s to start it today.", CellStyle(role: .warning, bold: true))]
        }
        if week < 1 { return [Span("Starts on \(start).", .muted)] }
        let paceStyle: CellStyle
        switch standing.pace {
        case .behind: paceStyle = .warning
        case .onTrack, .ahead, .complete: paceStyle = CellStyle(role: .good, bold: true)
        default: paceStyle = .plain
        }
        return [
            Span("Week \(week)", .strong), Span(" of \(standing.path.durationWeeks) · started \(start) · ", .muted),
            Span("\(standing.pace)", paceStyle),
        ]
    }
}
