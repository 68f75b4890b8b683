import WaymarkCore
import WaymarkCurriculum

/// The first run, step by step: the welcome and the course's introduction, the
/// prerequisites as a self-check, the profile that recommends a path, the path
/// itself, the hours a week, and Begin, which starts the path and opens the
/// Bootcamp. Answers are saved as they are given, so quitting half-way loses none.
public struct OnboardingScreen: Sendable, Equatable {
    /// The steps in the order the learner meets them.
    enum Step: Int, CaseIterable, Sendable {
        case welcome, prerequisites, profile, path, schedule, begin

        var name: String {
            switch self {
            case .welcome: "Welcome"
            case .prerequisites: "Prerequisites"
            case .profile: "About you"
            case .path: "Path"
            case .schedule: "Schedule"
            case .begin: "Begin"
            }
        }
    }

    var step = Step.welcome
    /// The row selected on the steps that are lists.
    var cursor = ListCursor()
    /// The path the profile step recommended, marked on the path step.
    var recommendedPathID: String?
    /// The path chosen on the path step, by id.
    var chosenPathID: String?
    /// Hours a week on the schedule step; nil until the step is reached.
    var hours: Int?
    /// Opened again from the Guide: leaving goes back there, not to the picker.
    public var isReopened: Bool

    public init(isReopened: Bool = false) {
        self.isReopened = isReopened
    }

    /// Whether a learner starting Waymark with this progress is new: nothing
    /// started and the onboarding neither finished nor skipped.
    static func isFirstRun(_ progress: LearnerProgress) -> Bool {
        progress.activePath == nil && progress.onboarding?.completedAt == nil
    }

    /// The prerequisites in the order the self-check lists them: essential first.
    static func prerequisites(_ app: AppContext) -> [(item: Prerequisite, isOptional: Bool)] {
        let guidance = app.curriculum.guidance
        return guidance.essentialPrerequisites.map { ($0, false) } + guidance.helpfulPrerequisites.map { ($0, true) }
    }

    /// The steps this course has: one without prerequisites or profiles skips them.
    static func steps(_ app: AppContext) -> [Step] {
        Step.allCases.filter { step in
            switch step {
            case .prerequisites: !prerequisites(app).isEmpty
            case .profile: !app.curriculum.guidance.pathSelector.isEmpty
            default: true
            }
        }
    }

    /// The path the schedule and Begin are about: the chosen one, else the
    /// recommendation, else the active one, else the first.
    func path(_ app: AppContext) -> LearningPath? {
        [chosenPathID, recommendedPathID, app.progress.activePath].compactMap { $0 }.lazy.compactMap(app.path).first
            ?? app.curriculum.paths.first
    }

    /// Hours a week the schedule step offers: within the path's range, defaulting to
    /// its upper bound, or to the goal the learner set before when that is in range.
    static func defaultHours(for path: LearningPath, _ progress: LearnerProgress) -> Int {
        let range = path.hoursPerWeek
        if let minutes = progress.onboarding?.weeklyGoalMinutes, range.contains(minutes / 60), minutes % 60 == 0 {
            return minutes / 60
        }
        return range.last
    }
}

extension OnboardingScreen: ScreenModel {
    var title: String { "Getting started" }
    var screen: Screen { .onboarding(self) }
    func subtitle(_ app: AppContext) -> String? { step.name }
}
