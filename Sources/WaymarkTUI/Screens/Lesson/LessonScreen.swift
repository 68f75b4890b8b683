import Foundation
import WaymarkCore
import WaymarkCurriculum

/// The lesson reader: one lesson of a sequence (a path's, the Bootcamp's), the
/// rendered Markdown with a scroll position, and self-check answers that stay
/// hidden until revealed.
public struct LessonScreen: Sendable, Equatable {
    /// The lessons ] and [ walk, and where in them this one is.
    public var sequence: [String]
    public var index: Int
    /// First visible line of the body.
    public var scroll = 0
    /// How many self-check answers are shown, in order.
    public var revealedAnswers = 0
    /// A word from search: highlighted in the text, and what `n` and `N` find. Set
    /// when the lesson opens from a search result, which scrolls to its first match.
    public var findTerm: String? {
        didSet { findPending = findTerm != nil }
    }
    /// Still to scroll to the first match, once the body has arrived.
    var findPending = false
    /// When the reader opened this lesson: time spent here counts toward reading it.
    var openedAt: Date?
    /// Still to scroll to where the learner left off, once the body has arrived.
    var resumePending = true
    /// The lesson laid out, kept so that scrolling and redrawing do not lay out the
    /// whole lesson again on every key.
    var layout: LessonLayout?
    /// The learner read on past the Predict prompt.
    var predictDismissed = false
    /// The Predict prompt's box, built once for the lesson and the width.
    var predictBox: PredictBox?
    /// Columns the code blocks are scrolled sideways; prose always wraps.
    public var codeOffset = 0

    public init(sequence: [String], index: Int) {
        self.sequence = sequence
        self.index = index
    }

    public var lessonID: String { sequence[index] }

    /// What opening `id` from a screen asks of the root: the reader, its body, and
    /// the read mark.
    static func open(_ id: String, in sequence: [String], _ app: AppContext) -> [Outcome] {
        let list = sequence.contains(id) ? sequence : [id]
        let screen = LessonScreen(sequence: list, index: list.firstIndex(of: id) ?? 0)
        return [.push(.lesson(screen))] + screen.arrivalOutcomes(app)
    }

    /// Loads the body if needed. Opening is not reading: the read mark comes when the
    /// learner reaches the end, or has spent half the lesson's minutes in it.
    func arrivalOutcomes(_ app: AppContext) -> [Outcome] {
        app.lessonDocuments[lessonID] == nil ? [.loadLesson(lessonID)] : []
    }

    /// The read mark, when it is earned: the last line has been on screen, or half
    /// the lesson's estimated minutes (one at least) have passed in it.
    func readingOutcomes(_ app: AppContext) -> [Outcome] {
        guard app.progress.lessonsRead[lessonID] == nil, let layout else { return [] }
        let reachedEnd = scroll + bodyHeight(app) >= layout.lessonLineCount
        let minutes = Double(app.curriculum.lesson(id: lessonID)?.minutes ?? 2)
        let spent = openedAt.map { app.now.timeIntervalSince($0) } ?? 0
        guard reachedEnd || spent >= max(60, minutes * 30) else { return [] }
        return [.change(.markRead(lessonID: lessonID, at: app.now))]
    }

    /// What leaving the lesson asks: where the learner was, to continue there, and
    /// the layout, kept for coming back.
    func departureOutcomes(_ app: AppContext) -> [Outcome] {
        guard let layout else { return [] }
        let kept: [Outcome] = [.keepLayout(layout)]
        guard app.progress.lessonPositions[lessonID] ?? 0 != scroll else { return kept }
        return kept + [.change(.setLessonPosition(lessonID: lessonID, line: scroll))]
    }

    /// Rows the lesson body gets: below the title, the length and, when the lesson
    /// builds on others, the line that names them.
    func bodyHeight(_ app: AppContext) -> Int { max(1, app.bodyHeight - headerRows(app)) }

    /// The title block and, while it shows, the Predict prompt under it.
    func headerRows(_ app: AppContext) -> Int {
        baseHeaderRows(app) + (predictPrompt(app)?.count ?? 0)
    }

    /// The title block: title, length, "Before this:" if there are prerequisites, a blank.
    func baseHeaderRows(_ app: AppContext) -> Int {
        LessonPrerequisites(of: lessonID, app).isEmpty ? 3 : 4
    }

    public static func == (lhs: LessonScreen, rhs: LessonScreen) -> Bool {
        lhs.sequence == rhs.sequence && lhs.index == rhs.index && lhs.scroll == rhs.scroll
            && lhs.revealedAnswers == rhs.revealedAnswers && lhs.findTerm == rhs.findTerm
            && lhs.openedAt == rhs.openedAt && lhs.predictDismissed == rhs.predictDismissed
            && lhs.codeOffset == rhs.codeOffset
    }
}

/// One lesson laid out for one reading width with some answers revealed.
public struct LessonLayout: Sendable, Equatable {
    var lessonID: String
    var width: Int
    var revealedAnswers: Int
    var codeOffset: Int
    var lines: [StyledLine]
    /// The line each self-check answer starts on.
    var answerLines: [Int]
    /// The lesson's journal entries, laid out after its text.
    var journal: [JournalEntry] = []
    /// Lines of the lesson itself; the journal's follow them.
    var lessonLineCount: Int
    /// Columns of the widest code line, to know how far sideways there is to go.
    var widestCode: Int
}

extension LessonScreen: ScreenModel {
    var title: String { "Lesson reader" }
    var screen: Screen { .lesson(self) }

    func subtitle(_ app: AppContext) -> String? {
        app.curriculum.lesson(id: lessonID).map { "\($0.minutes) min" }
    }
}
