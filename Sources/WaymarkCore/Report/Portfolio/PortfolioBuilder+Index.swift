import WaymarkCurriculum

extension PortfolioBuilder {
    /// `index.md`: the path, its dates, progress and the criteria, with links to
    /// every other page.
    var indexPage: [String] {
        var out = ["# \(PortfolioMarkdown.inline(curriculum.title)): portfolio", ""]
        guard let path = activePath, let start = progress.paths[path.id]?.startedOn else {
            out += [
                "No path is started yet. Start one with `waymark start PATH`, then write the portfolio again.", "",
                "- [Journal](journal.md): \(Self.count(progress.journal.count, "insight", "insights"))",
            ]
            if hasReviews { out.append("- [Review statistics](reviews.md)") }
            return out
        }
        out += overview(of: path, from: start)
        out += planTable(of: path, from: start)
        out += weeklyProgress(of: path, from: start)
        out += deliverableList(of: path)
        out += criteriaList(of: path)
        out += ["## More", "", "- [Journal](journal.md): \(Self.count(progress.journal.count, "insight", "insights"))"]
        if hasReviews {
            out.append("- [Review statistics](reviews.md): \(Self.count(progress.reviews.count, "review", "reviews"))")
        }
        return out
    }

    private func overview(of path: LearningPath, from start: Day) -> [String] {
        let completion = PathStanding.completion(of: path, in: progress)
        let skipped = path.deliverables.filter { progress.state(of: $0.id) == .skipped }.count
        let end = start.adding(days: path.plannedEndWeek * 7 - 1)
        let replans = progress.paths[path.id]?.replans.count ?? 0
        return [
            "## \(PortfolioMarkdown.inline(path.title))", "",
            "A learning path for \(PortfolioMarkdown.inline(path.audience.lowercasedFirst)). "
                + PortfolioMarkdown.inline(path.summary), "",
            "- Started: \(start)",
            "- Plan: \(start) to \(end), weeks 1-\(path.plannedEndWeek)"
                + (replans > 0 ? ", re-planned \(Self.times(replans))" : ""),
            "- Deliverables: \(completion.done) of \(completion.total) done (\(completion.percent)%)"
                + (skipped > 0 ? ", \(skipped) skipped" : ""),
            "- Lessons read: \(progress.lessonsRead.count)", "",
        ]
    }

    private func planTable(of path: LearningPath, from start: Day) -> [String] {
        var out = ["## Plan", "", "| Weeks | Dates | Focus | Done |", "| --- | --- | --- | --- |"]
        for phase in path.phases {
            let days = Self.days(ofWeeks: phase.weeks, from: start)
            let standing = PhaseStanding(phase: phase, progress: progress)
            out.append(
                "| \(phase.weeks) | \(days.lowerBound) to \(days.upperBound) | \(PortfolioMarkdown.inline(phase.focus)) "
                    + "| \(standing.done)/\(standing.total) |")
        }
        out.append("")
        let replans = progress.paths[path.id]?.replans ?? []
        guard !replans.isEmpty else { return out }
        out += ["Re-plans:", ""]
        for replan in replans {
            let focus = path.phases.first { $0.id == replan.fromPhase }?.focus ?? replan.fromPhase
            let weeks = replan.weeks == 1 ? "1 week" : "\(replan.weeks) weeks"
            out.append("- \(day(replan.at)): \(PortfolioMarkdown.inline(focus)) and what follows moved \(weeks) later")
        }
        out.append("")
        return out
    }

    /// What was done in each week of the path: deliverables, steps, minutes studied.
    private func weeklyProgress(of path: LearningPath, from start: Day) -> [String] {
        var byWeek: [Int: (deliverables: Int, steps: Int, minutes: Int)] = [:]
        func week(of day: Day) -> Int { max(0, start.days(until: day) / 7 + 1) }
        for deliverable in path.deliverables {
            if let entry = progress.deliverables[deliverable.id], entry.state == .done {
                byWeek[week(of: day(entry.changedAt)), default: (0, 0, 0)].deliverables += 1
            }
            for step in deliverable.steps {
                if let entry = progress.steps[step.id], entry.done {
                    byWeek[week(of: day(entry.changedAt)), default: (0, 0, 0)].steps += 1
                }
            }
        }
        for entry in progress.studyLog where entry.on >= start {
            byWeek[week(of: entry.on), default: (0, 0, 0)].minutes += entry.minutes
        }
        guard !byWeek.isEmpty else { return [] }
        var out = [
            "## Progress by week", "", "| Week | Dates | Deliverables done | Steps ticked | Minutes studied |",
            "| --- | --- | --- | --- | --- |",
        ]
        for number in byWeek.keys.sorted() {
            let counts = byWeek[number] ?? (0, 0, 0)
            let label: String
            if number == 0 {
                label = "| Before the start | before \(start)"
            } else {
                let days = Self.days(ofWeeks: WeekRange(number, number), from: start)
                label = "| \(number) | \(days.lowerBound) to \(days.upperBound)"
            }
            out.append("\(label) | \(counts.deliverables) | \(counts.steps) | \(counts.minutes) |")
        }
        out.append("")
        return out
    }

    private func deliverableList(of path: LearningPath) -> [String] {
        var out = ["## Deliverables", ""]
        for deliverable in path.deliverables {
            let entry = progress.deliverables[deliverable.id]
            let state = entry?.state ?? .todo
            var line =
                "- \(state.checkbox) [\(PortfolioMarkdown.inline(deliverable.title))](\(Self.page(of: deliverable))): "
                + state.label
            if let entry, state != .todo { line += Self.when(state, day(entry.changedAt)) }
            out.append(line)
        }
        out.append("")
        return out
    }

    private func criteriaList(of path: LearningPath) -> [String] {
        guard !path.successCriteria.isEmpty else { return [] }
        var out = ["## Success criteria", ""]
        for criterion in path.successCriteria {
            let ratings = progress.criteria[criterion.id]?.ratings ?? []
            let text = PortfolioMarkdown.inline(criterion.text)
            guard let latest = ratings.last else {
                out.append("- \(text): not rated yet")
                continue
            }
            out.append("- \(text): **\(latest.rating.label)**, rated \(day(latest.at))")
            if let note = latest.note { out.append("  - Evidence: \(PortfolioMarkdown.inline(note))") }
            if ratings.count > 1 {
                let history = ratings.map { "\($0.rating.label) (\(day($0.at)))" }.joined(separator: ", then ")
                out.append("  - Ratings: \(history)")
            }
        }
        out.append("")
        return out
    }
}
