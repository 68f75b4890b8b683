/// Where the learner is. Screens are pushed on a stack, so Esc always goes back the
/// way they came. This is the one place screens are registered: a new screen is a
/// folder under `Screens/`, a case here and a line in `model`.
public enum Screen: Sendable, Equatable {
    case picker(PathPickerScreen)
    case bootcamp(BootcampScreen)
    case plan(PlanScreen)
    case phase(PhaseScreen)
    case lesson(LessonScreen)
    case criteria(CriteriaScreen)
    case library(LibraryScreen)
    case catalog(PatternCatalogScreen)
    case patternCard(PatternCardScreen)
    case selector(PatternSelectorScreen)
    case glossary(GlossaryScreen)
    case referenceList(ReferenceListScreen)
    case document(DocumentScreen)
    case calculators(CalculatorsScreen)
    case calculator(CalculatorScreen)
    case lessons(LessonsScreen)
    case steps(StepsScreen)
    case review(ReviewScreen)
    case today(TodayScreen)
    case guide(GuideScreen)
    case readingOrder(ReadingOrderScreen)
    case onboarding(OnboardingScreen)

    /// The screen's own value, through the verbs every screen has.
    var model: any ScreenModel {
        switch self {
        case .picker(let screen): screen
        case .bootcamp(let screen): screen
        case .plan(let screen): screen
        case .phase(let screen): screen
        case .lesson(let screen): screen
        case .criteria(let screen): screen
        case .library(let screen): screen
        case .catalog(let screen): screen
        case .patternCard(let screen): screen
        case .selector(let screen): screen
        case .glossary(let screen): screen
        case .referenceList(let screen): screen
        case .document(let screen): screen
        case .calculators(let screen): screen
        case .calculator(let screen): screen
        case .lessons(let screen): screen
        case .steps(let screen): screen
        case .review(let screen): screen
        case .today(let screen): screen
        case .guide(let screen): screen
        case .readingOrder(let screen): screen
        case .onboarding(let screen): screen
        }
    }

    public var title: String { model.title }
    public var keys: [KeyBinding] { model.keys }
    /// Whether letters and editing keys are text here, not commands.
    public var takesText: Bool { model.takesText }

    /// Handles a command meant for this screen; what it asks of the root comes back.
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        var screen = model
        let outcomes = screen.update(command, app)
        self = screen.screen
        return outcomes
    }

    /// Brings the screen in line with a changed context: a resize, a saved edit, a
    /// lesson that arrived. Keeps cursors and scroll positions in range.
    mutating func refresh(_ app: AppContext) {
        var screen = model
        screen.refresh(app)
        self = screen.screen
    }

    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        model.draw(app, in: region, into: &frame)
    }

    /// What the title bar names after the screen's title: a path, a lesson's length.
    func subtitle(_ app: AppContext) -> String? { model.subtitle(app) }

    /// What leaving the screen asks of the root (the reader keeps its place).
    func departure(_ app: AppContext) -> [Outcome] { model.departureOutcomes(app) }

    /// The path this screen is about, if any (the criteria key opens its criteria).
    var pathID: String? { model.pathID }
}

/// The verbs every screen has, as Elm pages have `init`, `update` and `view`. Each
/// screen is a value in its own folder: state here, keys in `+Keys`, update in
/// `+Update`, view in `+View`.
protocol ScreenModel: Sendable {
    /// How the screen is named in the title bar and the help.
    var title: String { get }
    var keys: [KeyBinding] { get }
    var pathID: String? { get }
    /// A screen with a text field in focus: its own keys still win, then every text
    /// and editing key reaches it as `.edit`, and only the rest are shared keys.
    var takesText: Bool { get }
    /// The screen wrapped for the stack.
    var screen: Screen { get }
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome]
    mutating func refresh(_ app: AppContext)
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame)
    func subtitle(_ app: AppContext) -> String?
    func departureOutcomes(_ app: AppContext) -> [Outcome]
}

extension ScreenModel {
    var pathID: String? { nil }
    var takesText: Bool { false }
    mutating func refresh(_ app: AppContext) {}
    func subtitle(_ app: AppContext) -> String? { pathID.flatMap { app.path($0)?.title } }
    func departureOutcomes(_ app: AppContext) -> [Outcome] { [] }
}
