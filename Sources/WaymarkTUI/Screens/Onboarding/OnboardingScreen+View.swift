import WaymarkCore
import WaymarkCurriculum

extension OnboardingScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        var bar: StyledLine = []
        for (index, each) in Self.steps(app).enumerated() {
            if index > 0 { bar.append(Span(" › ", .muted)) }
            bar.append(
                each == step
                    ? Span(each.name, CellStyle(role: .accent, bold: true, underline: true)) : Span(each.name, .muted))
        }
        // A narrow window names the step and counts instead of listing them all.
        if bar.width > region.width - 3, let number = Self.steps(app).firstIndex(of: step) {
            bar = [
                Span("Step \(number + 1) of \(Self.steps(app).count) · ", .muted),
                Span(step.name, CellStyle(role: .accent, bold: true)),
            ]
        }
        frame.put(bar, x: 2, y: region.top, limit: region.width - 3)
        let body = region.dropping(2)
        let width = max(10, body.width - 4)
        switch step {
        case .welcome: drawLines(welcome(app, width: width), in: body, into: &frame)
        case .prerequisites:
            drawList(prerequisiteEntries(app, width: width), intro: prerequisitesIntro, in: body, into: &frame)
        case .profile: drawList(profileEntries(app), intro: profileIntro, in: body, into: &frame)
        case .path: drawList(pathEntries(app, width: width), intro: pathIntro, in: body, into: &frame)
        case .schedule: drawLines(schedule(app, width: width), in: body, into: &frame)
        case .begin: drawLines(summary(app, width: width), in: body, into: &frame)
        }
    }

    private var prerequisitesIntro: [StyledLine] {
        [
            [Span("Before you start: do you have these?", .heading)],
            [Span("y: I have this · n: not yet. The optional ones help but are not needed.", .muted)],
        ]
    }
    private var profileIntro: [StyledLine] {
        [
            [Span("Which describes you best?", .heading)],
            [Span("Your answer recommends a path; you choose on the next step.", .muted)],
        ]
    }
    private var pathIntro: [StyledLine] {
        [[Span("Choose your path", .heading)], [Span("★ marks the one recommended for you.", .muted)]]
    }

    private func drawLines(_ lines: [StyledLine], in region: Region, into frame: inout Frame) {
        for (offset, line) in lines.prefix(region.height).enumerated() {
            frame.put(line, x: 2, y: region.top + offset, limit: region.width - 3)
        }
    }

    private func drawList(
        _ entries: [ListView.Entry], intro: [StyledLine], in region: Region, into frame: inout Frame
    ) {
        drawLines(intro, in: region, into: &frame)
        ListView(entries: entries, cursor: cursor.index).draw(in: region.dropping(intro.count + 1), into: &frame)
    }

    private func wrapped(_ text: String, width: Int, style: CellStyle = .plain, indent: String = "") -> [StyledLine] {
        // The indent labels the first line; the rest line up under its text.
        let rest = String(repeating: " ", count: DisplayWidth.of(indent))
        return TextWrapper.wrap(text, width: width - rest.count).enumerated().map { index, line in
            [Span(index == 0 ? indent : rest, index == 0 ? .muted : style), Span(line, style)]
        }
    }

    private func welcome(_ app: AppContext, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [[Span("Welcome to \(app.curriculum.title)", .heading)]]
        lines += wrapped(app.curriculum.introduction, width: width)
        let checklist = QuickStart.items(of: app.curriculum, progress: app.progress)
        if !checklist.isEmpty {
            lines += [[], [Span("Quick start", .strong), Span("  ticked as you do each one", .muted)]]
            for item in checklist {
                let box = item.done ? Span("[✓] ", .good) : Span("[ ] ")
                let text = TextWrapper.wrap(item.text, width: width - 4)
                lines.append([box, Span(text.first ?? "")])
                lines += text.dropFirst().map { [Span("    " + $0)] }
            }
        }
        lines.append([])
        lines += wrapped(
            "A few questions set Waymark up for you. Enter starts; s skips, and the Guide (o, then w) brings this back.",
            width: width, style: .muted)
        return lines
    }

    private func prerequisiteEntries(_ app: AppContext, width: Int) -> [ListView.Entry] {
        let answers = app.progress.onboarding?.prerequisites ?? [:]
        // Rows the list gets: a selected skill with its remedy must fit, or its first line would scroll away.
        let room = max(2, app.bodyHeight - 5)
        return Self.prerequisites(app).enumerated().map { index, row in
            let answer = answers[row.item.topic]
            let mark: Span =
                switch answer {
                case .have?: Span("✓ have     ", .good)
                case .notYet?: Span("✗ not yet  ", .warning)
                case nil: Span("?          ", .muted)
                }
            var head: StyledLine = [Span(row.item.topic, .strong), Span(": " + row.item.need)]
            if row.isOptional { head.append(Span("  (optional)", .muted)) }
            // Long rows wrap under the skill, clear of the answer column.
            let indent = String(repeating: " ", count: 11)
            let wrappedHead = TextWrapper.wrap(head, width: width - 13).prefix(room - 1)
            var lines = [[mark] + (wrappedHead.first ?? [])] + wrappedHead.dropFirst().map { [Span(indent)] + $0 }
            if answer == .notYet, let remedy = row.item.remedy {
                let limit = max(1, min(3, room - wrappedHead.count))
                lines += TextWrapper.wrap(remedy, width: width - 15, limit: limit).enumerated().map { index, line in
                    [Span(indent + (index == 0 ? "→ " : "  ") + line, CellStyle(role: .warning))]
                }
            }
            return ListView.Entry(lines: lines, item: index)
        }
    }

    private func profileEntries(_ app: AppContext) -> [ListView.Entry] {
        app.curriculum.guidance.pathSelector.enumerated().map { index, profile in
            let path = app.path(profile.pathID)?.title ?? profile.pathID
            return ListView.Entry(
                lines: [[Span(DisplayWidth.pad(profile.profile, to: 22), .strong), Span("→ \(path)", .muted)]],
                item: index)
        }
    }

    private func pathEntries(_ app: AppContext, width: Int) -> [ListView.Entry] {
        app.curriculum.paths.enumerated().map { index, path in
            var title: StyledLine = [Span(path.title, .strong)]
            if path.id == recommendedPathID {
                title.append(Span("  ★ recommended for you", CellStyle(role: .warning, bold: true)))
            }
            if path.id == app.progress.activePath {
                title.append(Span("  ● active", CellStyle(role: .good, bold: true)))
            }
            let shape =
                "  For \(path.audience.lowercasedFirst) · \(path.durationWeeks) weeks · \(path.hoursPerWeek) h/week"
            return ListView.Entry(
                lines: [
                    title, [Span(shape, .muted)], [Span("  " + DisplayWidth.truncate(path.summary, to: width - 4))], [],
                ], item: index)
        }
    }

    private func schedule(_ app: AppContext, width: Int) -> [StyledLine] {
        guard let path = path(app) else { return [] }
        let range = path.hoursPerWeek
        let value = hours ?? Self.defaultHours(for: path, app.progress)
        var lines: [StyledLine] = [[Span("How many hours a week can you give it?", .heading)]]
        lines += wrapped(
            "\(path.title) asks \(range) hours a week. Choose what you can keep up: Today and the study log "
                + "measure each week against it.", width: width)
        lines.append([])
        let less = value > range.first ? Span("◀ ", .accent) : Span("  ")
        let more = value < range.last ? Span(" ▶", .accent) : Span("  ")
        lines.append([Span("    "), less, Span("\(value) hours a week", CellStyle(role: .accent, bold: true)), more])
        let slots = max(1, range.last - range.first)
        let filled = (value - range.first) * 20 / slots
        lines.append([
            Span("    \(range.first) ", .muted), Span(String(repeating: "█", count: filled), CellStyle(role: .good)),
            Span(String(repeating: "░", count: 20 - filled), .muted), Span(" \(range.last)", .muted),
        ])
        lines.append([])
        lines += wrapped("← and → (or - and +) change it; Enter keeps it.", width: width, style: .muted)
        return lines
    }

    private func summary(_ app: AppContext, width: Int) -> [StyledLine] {
        guard let path = path(app) else { return [] }
        var lines: [StyledLine] = [[Span("Ready to begin", .heading)], []]
        let when =
            app.progress.paths[path.id].map { "started \($0.startedOn), kept" } ?? "starting today, \(app.today)"
        lines.append([
            Span("Path      ", .muted), Span(path.title, .strong), Span(" · \(path.durationWeeks) weeks · \(when)"),
        ])
        let minutes = app.progress.onboarding?.weeklyGoalMinutes ?? path.hoursPerWeek.last * 60
        let goal = minutes % 60 == 0 ? "\(minutes / 60) hours" : "\(minutes) minutes"
        lines.append([Span("Each week ", .muted), Span("\(goal) of study")])
        let answers = app.progress.onboarding?.prerequisites ?? [:]
        let missing = app.curriculum.guidance.essentialPrerequisites.filter { answers[$0.topic] == .notYet }
        if !missing.isEmpty {
            let names = missing.map(\.topic).joined(separator: ", ")
            lines += wrapped(
                "To work on alongside: \(names) (what to do is in the Guide).", width: width,
                style: CellStyle(role: .warning), indent: "Skills    ")
        }
        lines.append([])
        let bootcamp = app.curriculum.bootcamp
        let first = bootcamp.steps.first?.lessonIDs.first.flatMap { app.curriculum.lesson(id: $0)?.title }
        var opening = "Enter begins: the \(bootcamp.title) opens, \(bootcamp.steps.count) short steps before week 1"
        opening += first.map { ", starting with \($0)." } ?? "."
        lines += wrapped(opening, width: width)
        return lines
    }
}
