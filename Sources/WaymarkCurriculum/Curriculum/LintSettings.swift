/// A course's house rules for lesson bodies, from `lint:` in curriculum.yaml.
/// Each rule is nil when the course turns it off. A broken rule is a warning, not
/// an error: another course may write longer lessons or narrower code on purpose.
public struct LintSettings: Sendable, Hashable {
    /// The fewest and the most words a lesson body should have.
    public var lessonWords: ClosedRange<Int>?
    /// The fewest questions a lesson's self-check should ask.
    public var selfChecks: Int?
    /// The widest line a code block may have, in terminal columns.
    public var codeWidth: Int?
    /// The `## ` sections every lesson has, in order.
    public var lessonSections: [String]?

    public init(lessonWords: ClosedRange<Int>?, selfChecks: Int?, codeWidth: Int?, lessonSections: [String]?) {
        self.lessonWords = lessonWords
        self.selfChecks = selfChecks
        self.codeWidth = codeWidth
        self.lessonSections = lessonSections
    }

    /// Waymark's own course: lessons a reader finishes in one sitting, enough
    /// questions to test the idea, and code that fits an 80-column terminal with a margin.
    public static let house = LintSettings(
        lessonWords: houseLessonWords, selfChecks: houseSelfChecks, codeWidth: houseCodeWidth,
        lessonSections: houseLessonSections)

    public static let houseLessonWords = 400...1200
    public static let houseSelfChecks = 3
    public static let houseCodeWidth = 76
    public static let houseLessonSections = [
        "Why it matters", "The core idea", "A worked example", "Common mistakes", "Self-check", "Further reading",
    ]

    /// Every rule off: for a course whose curriculum.yaml cannot be read, whose
    /// own rules are unknown.
    public static let off = LintSettings(lessonWords: nil, selfChecks: nil, codeWidth: nil, lessonSections: nil)

    /// The section whose `Q: ` and `A: ` paragraphs the reader shows as questions.
    public static let selfCheckSection = "Self-check"
}
