import Foundation
import WaymarkCore
import WaymarkCurriculum

/// The whole interactive app as a value. Only `update` changes it; views read it.
/// The root keeps what screens share: the context they read, the navigation stack,
/// the overlay, the message line and the edits not yet on disk.
public struct AppState: Sendable {
    public var app: AppContext
    /// Never empty: the bottom screen is where the app opened.
    public var stack: [Screen]
    public var overlay: Overlay?
    /// A message for the learner (saved, could not save, ...).
    public var message: StatusMessage?
    /// Set once a save has failed: edits are kept in memory and the header says so.
    public var unsavedReason: String?
    /// Edits made since the last successful save, oldest first. Each save sends them
    /// all, so a disk that comes back (space freed, remounted) gets every one.
    public var unsavedChanges: [ProgressChange] = []
    /// Where the unsaved edits were written by hand (the quit guard's `w`), if they were.
    public var sideFile: String?

    public struct StatusMessage: Sendable, Equatable {
        public var text: String
        public var isError: Bool
    }

    /// The first run opens the onboarding; a learner who skipped it but started
    /// nothing opens on the path picker; later runs open Today, over the active
    /// path's plan on the phase of the current week, so Esc goes to the plan.
    public init(
        curriculum: Curriculum, progress: LearnerProgress, today: Day, timeZone: LocalZone, width: Int = 80,
        height: Int = 24
    ) {
        app = AppContext(
            curriculum: curriculum, progress: progress, today: today, timeZone: timeZone, width: width,
            height: height)
        var stack: [Screen] = [.picker(PathPickerScreen())]
        if let active = progress.activePath, let index = curriculum.paths.firstIndex(where: { $0.id == active }) {
            stack[0] = .picker(PathPickerScreen(cursor: index))
            stack.append(.plan(PlanScreen(pathID: active, cursor: app.currentPhaseIndex(curriculum.paths[index]))))
            if progress.paths[active] != nil { stack.append(.today(TodayScreen(pathID: active))) }
        }
        if OnboardingScreen.isFirstRun(progress) { stack = [.onboarding(OnboardingScreen())] }
        self.stack = stack
    }

    /// The screen on top of the stack.
    public var screen: Screen {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    public var progress: LearnerProgress {
        get { app.progress }
        set { app.progress = newValue }
    }
    public var width: Int { app.width }
    public var height: Int { app.height }
    public var isTooSmall: Bool { app.isTooSmall }

    /// Whether quitting now would lose edits.
    /// Only after a save failed: edits merely waiting for the next save are saved
    /// on the way out.
    var hasUnsavedEdits: Bool { unsavedReason != nil && !unsavedChanges.isEmpty && sideFile == nil }
}
