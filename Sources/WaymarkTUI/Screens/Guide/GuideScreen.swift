import WaymarkCore
import WaymarkCurriculum

/// The course's guidance in one place: the prerequisites with the learner's
/// answers, the quick-start checklist ticked from progress, the study tips,
/// portfolio habits and pitfalls, the reading orders and the quick navigation.
/// Every row can be scrolled to; Enter acts on an order or a navigation row.
public struct GuideScreen: Sendable, Equatable {
    var cursor = ListCursor()

    public init(cursor: Int = 0) {
        self.cursor = ListCursor(index: cursor)
    }

    /// What Enter does on a row.
    enum RowAction: Equatable {
        case order(String)
        case navigate(QuickNavigation.Destination)
        /// The Predict tip's row turns the reader's Predict prompt on or off.
        case togglePredict
    }

    /// One row of the guide: its text (wrapped when drawn) and what Enter does.
    struct Row {
        var spans: [Span]
        var detail: String? = nil
        var isHeading = false
        var action: RowAction? = nil
    }

    /// The rows, in the order the source's first page has them.
    static func rows(_ app: AppContext) -> [Row] {
        let report = GuideReport(curriculum: app.curriculum, progress: app.progress)
        var rows: [Row] = []
        func heading(_ text: String) { rows.append(Row(spans: [Span(text, .heading)], isHeading: true)) }
        func answered(_ list: [GuideReport.AnsweredPrerequisite], optional: Bool) {
            for item in list {
                let answer: Span =
                    switch item.answer {
                    case .have?: Span("✓ have", .good)
                    case .notYet?: Span("not yet", .warning)
                    case nil: Span(optional ? "optional" : "not answered", .muted)
                    }
                let remedy = item.answer == .notYet ? item.remedy.map { "→ " + $0 } : nil
                rows.append(
                    Row(spans: [answer, Span("  "), Span(item.topic, .strong), Span(": \(item.need)")], detail: remedy))
            }
        }
        if !report.prerequisites.essential.isEmpty || !report.prerequisites.helpful.isEmpty {
            heading("Prerequisites")
            answered(report.prerequisites.essential, optional: false)
            answered(report.prerequisites.helpful, optional: true)
        }
        if !report.quickStart.isEmpty {
            heading("Quick start")
            for item in report.quickStart {
                rows.append(Row(spans: [item.done ? Span("[✓] ", .good) : Span("[ ] "), Span(item.text)]))
            }
        }
        if !report.studyTips.isEmpty {
            heading("Study tips")
            let predict = LessonScreen.predictTip(app)
            for tip in report.studyTips {
                guard tip.name == predict?.name else {
                    rows.append(Row(spans: [Span(tip.name, .strong), Span(": \(tip.practice)")], detail: tip.reason))
                    continue
                }
                let on = app.progress.onboarding?.asksForPredictions ?? true
                rows.append(
                    Row(
                        spans: [Span(tip.name, .strong), Span(": \(tip.practice)")],
                        detail: tip.reason + (on ? Self.predictOn : Self.predictOff),
                        action: .togglePredict))
            }
        }
        if !report.portfolioHabits.isEmpty {
            heading("Portfolio habits")
            rows += report.portfolioHabits.map { Row(spans: [Span("• " + $0)]) }
        }
        if !report.pitfalls.isEmpty {
            heading("Pitfalls")
            rows += report.pitfalls.map { Row(spans: [Span($0.mistake, .strong)], detail: "Instead: " + $0.instead) }
        }
        if !report.readingOrders.isEmpty {
            heading("Reading orders")
            for order in report.readingOrders {
                rows.append(
                    Row(
                        spans: [Span(order.title, .accent), Span("  \(order.time) · \(order.bestFor)", .muted)],
                        action: .order(order.id)))
            }
        }
        heading("If you need … go to …")
        for row in report.quickNavigation {
            rows.append(
                Row(
                    spans: [Span(row.need), Span(" → ", .muted), Span(row.target, .accent)],
                    action: .navigate(row.destination)))
        }
        return rows
    }
}

extension GuideScreen {
    static let predictOn = ". The reader asks for a guess before each new lesson; Enter turns that off."
    static let predictOff = ". Enter has the reader ask for a guess before each new lesson."
}

extension GuideScreen: ScreenModel {
    var title: String { "Guide" }
    var screen: Screen { .guide(self) }
}
