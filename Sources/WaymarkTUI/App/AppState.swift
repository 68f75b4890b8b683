import Foundation
import WaymarkCore
import WaymarkCurriculum

/// The whole interactive app as a value. Only `update` changes it; views read it.
public struct AppState: Sendable {
    public var curriculum: Curriculum
    public var progress: LearnerProgress
    public var today: Day
    /// The learner's time zone, for showing when things happened as calendar days.
    public var timeZone: LocalZone
    public var width: Int
    public var height: Int
    /// Never empty: the bottom page is where the app opened.
    public var stack: [Page]
    public var overlay: Overlay?
    /// Set by "help me choose": the path the picker highlights.
    public var recommendedPathID: String?
    /// A one-line message for the learner (saved, could not save, ...).
    public var message: StatusMessage?
    /// Set once a save has failed: edits are kept in memory and the header says so.
    public var unsavedReason: String?
    /// Edits made since the last successful save, oldest first. Each save sends them
    /// all, so a disk that comes back (space freed, remounted) gets every one.
    public var unsavedChanges: [ProgressChange] = []
    /// Lesson bodies read so far, parsed.
    public var lessonDocuments: [String: MarkdownDocument] = [:]
    /// The open lesson laid out, kept so that scrolling and redrawing do not lay
    /// out the whole lesson again on every key (`update` refreshes it).
    public var lessonLayout: LessonLayout?
    /// Each path's lesson sequence (see `lessonSequence(of:)`) once worked out,
    /// by path id: opening a lesson from a phase needs it, and working it out
    /// again looks up every lesson of the path.
    public var lessonSequences: [String: [String]] = [:]
    public var lessonErrors: [String: String] = [:]

    public struct StatusMessage: Sendable, Equatable {
        public var text: String
        public var isError: Bool
    }

    /// First run opens the path picker; later runs open the active path's plan on
    /// the phase of the current week.
    public init(
        curriculum: Curriculum, progress: LearnerProgress, today: Day, timeZone: LocalZone, width: Int = 80,
        height: Int = 24
    ) {
        self.curriculum = curriculum
        self.progress = progress
        self.today = today
        self.timeZone = timeZone
        self.width = width
        self.height = height
        var stack = [Page(screen: .picker)]
        if let active = progress.activePath, let index = curriculum.paths.firstIndex(where: { $0.id == active }) {
            stack[0].cursor = index
            stack.append(
                Page(
                    screen: .plan(pathID: active),
                    cursor: Self.currentPhaseIndex(curriculum.paths[index], progress, today)))
        }
        self.stack = stack
    }

    static func currentPhaseIndex(_ path: LearningPath, _ progress: LearnerProgress, _ today: Day) -> Int {
        let standing = PathStanding(path: path, progress: progress, today: today)
        guard let phase = standing.currentPhase else {
            return (standing.currentWeek ?? 0) > path.durationWeeks.last ? max(0, path.phases.count - 1) : 0
        }
        return path.phases.firstIndex(of: phase) ?? 0
    }

    public var page: Page {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// The smallest terminal the screens are designed for.
    public static let minimumWidth = 50
    public static let minimumHeight = 14

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Rows available to a screen's content between header and footer.
    public var bodyHeight: Int { max(1, height - 5) }

    /// Width of lesson text: the terminal less margins, capped for comfortable reading.
    public var readingWidth: Int { max(20, min(width - 4, 100)) }
}

extension AppState {
    public func path(_ id: String) -> LearningPath? { curriculum.path(id: id) }

    /// The rows of the phase screen: activities first, then deliverables.
    public enum PhaseItem: Equatable, Sendable {
        case activity(Activity)
        case deliverable(Deliverable)
    }

    public func phaseItems(_ phase: Phase) -> [PhaseItem] {
        phase.activities.map(PhaseItem.activity) + phase.deliverables.map(PhaseItem.deliverable)
    }

    /// Every lesson of a path in the order its plan meets them: what ] and [ walk.
    public func lessonSequence(of path: LearningPath) -> [String] {
        var seen: Set<String> = []
        var sequence: [String] = []
        for phase in path.phases {
            for id in phase.activities.flatMap(\.lessonIDs) + phase.deliverables.flatMap(\.lessonIDs)
            where seen.insert(id).inserted && curriculum.lessons.keys.contains(id) {
                sequence.append(id)
            }
        }
        return sequence
    }

    public var bootcampSequence: [String] {
        var seen: Set<String> = []
        return curriculum.bootcamp.steps.flatMap(\.lessonIDs).filter { seen.insert($0).inserted }
    }

    /// How many rows the current list screen has, for cursor movement.
    public var itemCount: Int {
        switch page.screen {
        case .picker: return curriculum.paths.count + 1  // the Bootcamp row last
        case .bootcamp: return curriculum.bootcamp.steps.count
        case .plan(let id): return path(id)?.phases.count ?? 0
        case .phase(let id, let index):
            guard let path = path(id), path.phases.indices.contains(index) else { return 0 }
            return phaseItems(path.phases[index]).count
        case .criteria(let id): return path(id)?.successCriteria.count ?? 0
        case .lesson: return 0
        }
    }

    /// The lesson reader's laid-out lines at the current width.
    public func lessonLines(_ route: LessonRoute, revealed: Int) -> [StyledLine]? {
        if let layout = lessonLayout, layout.lessonID == route.lessonID, layout.width == readingWidth,
            layout.revealedAnswers == revealed
        {
            return layout.lines
        }
        guard let document = lessonDocuments[route.lessonID] else { return nil }
        return MarkdownLayout.lines(for: document, width: readingWidth, revealedAnswers: revealed)
    }

    /// Lays out the lesson on the current page, unless the kept layout already fits.
    mutating func refreshLessonLayout() {
        guard case .lesson(let route) = page.screen else { return }
        let revealed = page.revealedAnswers
        guard let lines = lessonLines(route, revealed: revealed) else { return }
        lessonLayout = LessonLayout(
            lessonID: route.lessonID, width: readingWidth, revealedAnswers: revealed, lines: lines)
    }

    /// Rows the lesson body gets (below its title block).
    public var lessonBodyHeight: Int { max(1, bodyHeight - 3) }

    /// A path is complete when every deliverable is done and every criterion is
    /// rated confident.
    public func isComplete(_ path: LearningPath) -> Bool {
        path.deliverables.allSatisfy { progress.state(of: $0.id) == .done }
            && path.successCriteria.allSatisfy { progress.latestRating(of: $0.id) == .confident }
    }
}

/// One lesson laid out for one reading width with some answers revealed.
public struct LessonLayout: Sendable {
    public var lessonID: String
    public var width: Int
    public var revealedAnswers: Int
    public var lines: [StyledLine]
}
