import WaymarkCore
import WaymarkCurriculum

/// The course's "Predict" study tip, put where it applies: above a lesson the
/// learner has not read, a box asks for a guess before reading. Reading on (j,
/// Space, PgDn) dismisses it; z turns it off for good (the Guide turns it back on).
extension LessonScreen {
    /// The study tip the prompt is built from: the course's tip named "Predict".
    /// A course without one has no prompt.
    static func predictTip(_ app: AppContext) -> StudyTip? {
        app.curriculum.guidance.studyTips.first { $0.name.lowercased() == "predict" }
    }

    /// The box, as lines for the reading width; nil when it is not shown: the lesson
    /// was read or begun, the learner read on or turned prompts off, the lesson
    /// opened on a search match, or the window is too short to spare the rows.
    func predictPrompt(_ app: AppContext) -> [StyledLine]? {
        guard predictPromptWanted(app) else { return nil }
        let key = PredictBox.Key(app, lessonID: lessonID)
        guard let lines = predictBox?.key == key ? predictBox?.lines : Self.predictBoxLines(app, lessonID: lessonID)
        else { return nil }
        // A prompt that would leave under three rows of the lesson is left out.
        guard app.bodyHeight - baseHeaderRows(app) - lines.count >= 3 else { return nil }
        return lines
    }

    /// Builds the box once for the lesson and width: the header's height, the
    /// update and the view all ask for it on every key, and wrapping it was a sixth
    /// of opening a lesson.
    mutating func keepPredictBox(_ app: AppContext) {
        let key = PredictBox.Key(app, lessonID: lessonID)
        guard predictPromptWanted(app), predictBox?.key != key else { return }
        predictBox = Self.predictBoxLines(app, lessonID: lessonID).map { PredictBox(key: key, lines: $0) }
    }

    private func predictPromptWanted(_ app: AppContext) -> Bool {
        !predictDismissed && scroll == 0 && findTerm == nil && app.progress.lessonsRead[lessonID] == nil
            && (app.progress.lessonPositions[lessonID] ?? 0) == 0
            && (app.progress.onboarding?.asksForPredictions ?? true)
    }

    private static func predictBoxLines(_ app: AppContext, lessonID: String) -> [StyledLine]? {
        guard let tip = predictTip(app) else { return nil }
        let width = app.readingWidth
        let inner = max(10, width - 4)
        var text = TextWrapper.wrap("\(tip.name): \(tip.practice.trimmingFinalStop).", width: inner, limit: 2)
        let question = app.lessonDocuments[lessonID]?.blocks.lazy.compactMap { block -> String? in
            if case .question(let text) = block { MarkdownLayout.inline(text).plainText } else { nil }
        }.first
        if let question {
            text += TextWrapper.wrap("Then test the guess on its first question: " + question, width: inner, limit: 2)
        } else {
            text += TextWrapper.wrap("Why: \(tip.reason.trimmingFinalStop).", width: inner, limit: 2)
        }
        let border = CellStyle(role: .accent)
        let label = "─ Before you read "
        var lines: [StyledLine] = [
            [
                Span(
                    "╭" + label + String(repeating: "─", count: max(0, width - 2 - DisplayWidth.of(label))) + "╮",
                    border)
            ]
        ]
        func boxed(_ line: String, _ style: CellStyle) -> StyledLine {
            [Span("│ ", border), Span(DisplayWidth.pad(line, to: inner), style), Span(" │", border)]
        }
        lines += text.map { boxed($0, .plain) }
        lines.append(boxed("Space reads on · z: no more prompts", .muted))
        lines.append([Span("╰" + String(repeating: "─", count: max(0, width - 2)) + "╯", border)])
        lines.append([])
        return lines
    }
}

/// The Predict box as last built, and what it was built for.
struct PredictBox: Sendable {
    struct Key: Equatable {
        var lessonID: String
        var width: Int
        /// The box quotes the lesson's first question once its body has arrived.
        var bodyArrived: Bool

        init(_ app: AppContext, lessonID: String) {
            self.lessonID = lessonID
            width = app.readingWidth
            bodyArrived = app.lessonDocuments[lessonID] != nil
        }
    }

    var key: Key
    var lines: [StyledLine]
}

extension String {
    /// Without a final full stop, so a sentence can be quoted inside another.
    fileprivate var trimmingFinalStop: String { hasSuffix(".") ? String(dropLast()) : self }
}
