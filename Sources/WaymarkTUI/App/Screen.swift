/// Where the learner is. Each screen is pushed on a stack, so Esc always goes
/// back the way they came.
public enum Screen: Sendable, Equatable {
    case picker
    case bootcamp
    case plan(pathID: String)
    case phase(pathID: String, phaseIndex: Int)
    case lesson(LessonRoute)
    case criteria(pathID: String)

    /// The kind of screen, for key bindings and help.
    public var kind: ScreenKind {
        switch self {
        case .picker: return .picker
        case .bootcamp: return .bootcamp
        case .plan: return .plan
        case .phase: return .phase
        case .lesson: return .lesson
        case .criteria: return .criteria
        }
    }
}

public enum ScreenKind: String, Sendable, CaseIterable {
    case picker, bootcamp, plan, phase, lesson, criteria

    public var title: String {
        switch self {
        case .picker: return "Path picker"
        case .bootcamp: return "Bootcamp"
        case .plan: return "Path plan"
        case .phase: return "Phase"
        case .lesson: return "Lesson reader"
        case .criteria: return "Success criteria"
        }
    }
}

/// A lesson opened from somewhere, with the sequence next/previous walk through.
public struct LessonRoute: Sendable, Equatable {
    public var sequence: [String]
    public var index: Int

    public var lessonID: String { sequence[index] }
}

/// One entry of the navigation stack: a screen and where the learner is on it.
public struct Page: Sendable, Equatable {
    public var screen: Screen
    /// The selected row of a list screen.
    public var cursor: Int = 0
    /// First visible line of the lesson reader.
    public var scroll: Int = 0
    /// How many self-check answers are shown, in order.
    public var revealedAnswers: Int = 0

    public init(screen: Screen, cursor: Int = 0) {
        self.screen = screen
        self.cursor = cursor
    }
}
