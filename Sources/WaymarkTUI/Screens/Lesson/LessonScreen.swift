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
    /// The lesson laid out, kept so that scrolling and redrawing do not lay out the
    /// whole lesson again on every key.
    var layout: LessonLayout?

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

    /// Loads the body if needed and records the lesson as read.
    func arrivalOutcomes(_ app: AppContext) -> [Outcome] {
        var outcomes: [Outcome] = []
        if app.lessonDocuments[lessonID] == nil { outcomes.append(.loadLesson(lessonID)) }
        if app.progress.lessonsRead[lessonID] == nil {
            outcomes.append(.change(.markRead(lessonID: lessonID, at: app.now)))
        }
        return outcomes
    }

    /// Rows the lesson body gets: below the title, the length and, when the lesson
    /// builds on others, the line that names them.
    func bodyHeight(_ app: AppContext) -> Int { max(1, app.bodyHeight - headerRows(app)) }

    /// The title block: title, length, "Before this:" if there are prerequisites, a blank.
    func headerRows(_ app: AppContext) -> Int {
        LessonPrerequisites(of: lessonID, app).isEmpty ? 3 : 4
    }

    public static func == (lhs: LessonScreen, rhs: LessonScreen) -> Bool {
        lhs.sequence == rhs.sequence && lhs.index == rhs.index && lhs.scroll == rhs.scroll
            && lhs.revealedAnswers == rhs.revealedAnswers && lhs.findTerm == rhs.findTerm
    }
}

/// One lesson laid out for one reading width with some answers revealed.
struct LessonLayout: Sendable {
    var lessonID: String
    var width: Int
    var revealedAnswers: Int
    var lines: [StyledLine]
    /// The line each self-check answer starts on.
    var answerLines: [Int]
}

extension LessonScreen: ScreenModel {
    var title: String { "Lesson reader" }
    var screen: Screen { .lesson(self) }

    func subtitle(_ app: AppContext) -> String? {
        app.curriculum.lesson(id: lessonID).map { "\($0.minutes) min" }
    }
}
