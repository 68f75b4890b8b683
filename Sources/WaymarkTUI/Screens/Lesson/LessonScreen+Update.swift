import WaymarkCore
import WaymarkCurriculum

extension LessonScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let page = bodyHeight(app)
        // Reading on dismisses the Predict prompt; the key that did it moves nothing.
        if [.down, .pageDown].contains(command), predictPrompt(app) != nil {
            predictDismissed = true
            return []
        }
        switch command {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= max(1, page - 1)
        case .pageDown: scroll += max(1, page - 1)
        case .first: scroll = 0
        case .last: scroll = Int.max / 2
        case .revealAnswer:
            guard let document = app.lessonDocuments[lessonID], document.answerCount > 0 else { return [] }
            guard revealedAnswers < document.answerCount else {
                return [.message("Every answer is shown; R hides them again.", isError: false)]
            }
            revealedAnswers += 1
            refresh(app)
            // Bring the answer just revealed into view, a line of its question above it.
            if let line = layout?.answerLines[safe: revealedAnswers - 1], line < scroll || line >= scroll + page {
                scroll = max(0, line - 2)
            }
        case .hideAnswers:
            revealedAnswers = 0
        case .scrollCode(let direction):
            return scrollCode(direction, app)
        case .togglePredict:
            let on = !(app.progress.onboarding?.asksForPredictions ?? true)
            predictDismissed = !on
            let text =
                on
                ? "Predict prompts on: lessons you have not read ask for a guess first."
                : "Predict prompts off. z turns them back on, as does the Predict row of the Guide."
            return [.change(.setPredictPrompts(on)), .message(text, isError: false)]
        case .answerNext:
            return AnswerBox.open(
                document: app.lessonDocuments[lessonID], revealed: revealedAnswers, lessonID: lessonID)
        case .nextMatch, .previousMatch:
            guard findTerm != nil else { return [.message("Nothing to find: search with / first.", isError: false)] }
            let lines = matchLines()
            let target =
                command == .nextMatch ? lines.first { $0 > scroll } : lines.last { $0 < scroll }
            guard let target else {
                return [
                    .message(
                        command == .nextMatch ? "No more matches below." : "No more matches above.", isError: false)
                ]
            }
            scroll = target
        case .termsOnScreen:
            let visible = (layout?.lines ?? []).dropFirst(scroll).prefix(page).map(\.plainText)
            // Joined by spaces, so a term wrapped over two lines is still found.
            let terms = TermsOverlay.terms(
                in: visible.joined(separator: " "), glossary: app.curriculum.reference.glossary)
            guard !terms.isEmpty else { return [.message("No glossary terms on this screen.", isError: false)] }
            return [.overlay(.terms(TermsOverlay(terms: terms)))]
        case .nextLesson, .previousLesson:
            let target = index + (command == .nextLesson ? 1 : -1)
            guard sequence.indices.contains(target) else {
                let text = command == .nextLesson ? "This is the last lesson here." : "This is the first lesson here."
                return [.message(text, isError: false)]
            }
            let leaving = departureOutcomes(app) + readingOutcomes(app)
            var next = LessonScreen(sequence: sequence, index: target)
            next.refresh(app)
            self = next
            return leaving + arrivalOutcomes(app)
        case .toggleRead:
            if app.progress.lessonsRead[lessonID] != nil {
                return [.change(.unmarkRead(lessonID: lessonID)), .message("Marked unread.", isError: false)]
            }
            return [.change(.markRead(lessonID: lessonID, at: app.now)), .message("Marked read.", isError: false)]
        case .addInsight:
            let title = app.curriculum.lesson(id: lessonID)?.title ?? lessonID
            let editor = NoteEditor(target: .journal(lessonID: lessonID), prompt: "Insight on \(title)", text: "")
            return [.overlay(.noteEditor(editor))]
        case .openPrerequisite:
            guard let prerequisite = LessonPrerequisites(of: lessonID, app).next else {
                return [.message("This lesson builds on no other.", isError: false)]
            }
            // Over this one, so Esc comes back here; within this sequence when it is part of it.
            return Self.open(prerequisite.id, in: sequence, app)
        default:
            return []
        }
        refresh(app)
        return readingOutcomes(app)
    }

    /// Lays the lesson out again when its width, its answers or its body changed,
    /// and keeps the scroll position inside it.
    mutating func refresh(_ app: AppContext) {
        keepPredictBox(app)
        let journal = journalEntries(app)
        func fits(_ layout: LessonLayout?) -> Bool {
            layout?.lessonID == lessonID && layout?.width == app.readingWidth
                && layout?.revealedAnswers == revealedAnswers && layout?.journal == journal
                && layout?.codeOffset == codeOffset
        }
        if !fits(layout), fits(app.lessonLayouts[lessonID]) {
            layout = app.lessonLayouts[lessonID]
        } else if !fits(layout) {
            layout = app.lessonDocuments[lessonID].map { document in
                let laidOut = MarkdownLayout.layout(
                    document, width: app.readingWidth, revealedAnswers: revealedAnswers, codeOffset: codeOffset)
                return LessonLayout(
                    lessonID: lessonID, width: app.readingWidth, revealedAnswers: revealedAnswers,
                    codeOffset: codeOffset,
                    lines: laidOut.lines + Self.journalLines(journal, width: app.readingWidth, zone: app.timeZone),
                    answerLines: laidOut.answerLines, journal: journal, lessonLineCount: laidOut.lines.count,
                    widestCode: laidOut.widestCode)
            }
        }
        // A wider window shows more of the code: no scrolling past its end.
        if let layout, codeOffset > maxCodeOffset(layout, app) {
            codeOffset = maxCodeOffset(layout, app)
            refresh(app)
            return
        }
        if openedAt == nil { openedAt = app.now }
        if findPending, layout != nil {
            findPending = false
            resumePending = false
            if let first = matchLines().first { scroll = max(0, first - 2) }
        }
        // Back where the learner left off, the first time the body is laid out.
        if resumePending, layout != nil {
            resumePending = false
            scroll = app.progress.lessonPositions[lessonID] ?? scroll
        }
        let total = layout?.lines.count ?? 0
        scroll = min(max(0, scroll), max(0, total - bodyHeight(app)))
        // Once the learner has moved into the lesson, going back to its top does not ask again.
        if scroll > 0 { predictDismissed = true }
    }

    /// Moves every code block half a window sideways (`direction` 1 right, -1 left).
    private mutating func scrollCode(_ direction: Int, _ app: AppContext) -> [Outcome] {
        guard let layout else { return [] }
        let limit = maxCodeOffset(layout, app)
        guard limit > 0 else { return [.message("No code here is wider than the window.", isError: false)] }
        let step = max(8, (app.readingWidth - 2) / 2)
        codeOffset = min(max(0, codeOffset + direction * step), limit)
        refresh(app)
        return []
    }

    /// How far sideways the widest code line can go before its end shows.
    private func maxCodeOffset(_ layout: LessonLayout, _ app: AppContext) -> Int {
        max(0, layout.widestCode - (app.readingWidth - 2))
    }

    /// The laid-out lines that hold the search term.
    func matchLines() -> [Int] {
        guard let term = findTerm, let lines = layout?.lines else { return [] }
        return lines.indices.filter { SearchText.fold(lines[$0].plainText).contains(term) }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
