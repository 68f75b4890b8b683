import Foundation
import WaymarkCore
import WaymarkCurriculum

/// What every screen may read: the curriculum, the learner's progress, the clock
/// and the window. Screens never change it; they ask the root through `Outcome`s,
/// as Elm pages read a `Session` and send messages.
public struct AppContext: Sendable {
    public var curriculum: Curriculum
    public var progress: LearnerProgress {
        // Without `oldValue`, an edit in place stays in place; an unchanged log is
        // told apart by its buffer alone.
        didSet { reviewMemories.update(to: progress.reviews) }
    }
    /// Every card's memory, replayed from the review log once and then kept up to
    /// date: Today and Review read it on every frame.
    public private(set) var reviewMemories: ReviewMemories
    public var today: Day
    /// When the key being handled arrived: the time stamped on any edit it makes.
    public var now: Date
    /// The learner's time zone, for showing when things happened as calendar days.
    public var timeZone: LocalZone
    public var width: Int
    public var height: Int
    /// Set by "help me choose": the path the picker highlights.
    public var recommendedPathID: String?
    /// Lesson bodies read so far, parsed; and the lessons that could not be read.
    public var lessonDocuments: [String: MarkdownDocument] = [:]
    public var lessonErrors: [String: String] = [:]
    /// Lessons as the reader last laid them out, kept when it leaves them: going
    /// back to a lesson does not lay it out again. A few at most.
    public private(set) var lessonLayouts: [String: LessonLayout] = [:]
    /// Built the first time search opens: start-up reads no lesson bodies.
    public var searchIndex: SearchIndex?
    /// Reference card bodies read so far, parsed, by file; and the files that could not be read.
    public var documents: [String: MarkdownDocument] = [:]
    public var documentErrors: [String: String] = [:]
    /// The review cards of the lessons read, gathered when the Review screen opens; nil while loading.
    public var reviewDeck: [ReviewCard]?
    /// How many lessons were read when the deck was gathered: when that no longer
    /// matches, the runner gathers it again.
    public var reviewDeckLessons = 0
    /// `waymark sync` as the view sees it; nil when the view cannot sync.
    public var sync: SyncState?
    /// Each path's lesson sequence (what ] and [ walk), by path id, worked out once.
    public let lessonSequences: [String: [String]]
    /// The course's ids as sets, for the notice about progress under ids it lacks.
    public let progressKeys: ProgressKeys

    public init(
        curriculum: Curriculum, progress: LearnerProgress, today: Day, now: Date = Date(), timeZone: LocalZone,
        width: Int, height: Int
    ) {
        self.curriculum = curriculum
        self.progress = progress
        reviewMemories = ReviewMemories(progress.reviews)
        self.today = today
        self.now = now
        self.timeZone = timeZone
        self.width = width
        self.height = height
        progressKeys = ProgressKeys(curriculum: curriculum)
        lessonSequences = Dictionary(
            uniqueKeysWithValues: curriculum.paths.map { ($0.id, Self.lessonSequence(of: $0, in: curriculum)) })
    }

    /// The smallest terminal the screens are designed for.
    public static let minimumWidth = 50
    public static let minimumHeight = 14

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Rows available to a screen's content between header and footer.
    public var bodyHeight: Int { max(1, height - 5) }

    /// Width of lesson text: the terminal less margins, capped for comfortable reading.
    public var readingWidth: Int { max(20, min(width - 4, 100)) }

    public func path(_ id: String) -> LearningPath? { curriculum.path(id: id) }

    /// Every lesson of a path in the order its plan meets them.
    static func lessonSequence(of path: LearningPath, in curriculum: Curriculum) -> [String] {
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

    /// A path is complete when every deliverable is done and every criterion is
    /// rated confident.
    public func isComplete(_ path: LearningPath) -> Bool { PathStanding.isComplete(path, in: progress) }

    /// The phase of the current week on a path (the last one once it is over).
    func currentPhaseIndex(_ path: LearningPath) -> Int {
        let standing = PathStanding(path: path, progress: progress, today: today)
        // The standing's phases carry re-planned weeks, so they are matched by id.
        guard let phase = standing.currentPhase else {
            let end = max(path.durationWeeks.last, standing.path.plannedEndWeek)
            return (standing.currentWeek ?? 0) > end ? max(0, path.phases.count - 1) : 0
        }
        return path.phases.firstIndex { $0.id == phase.id } ?? 0
    }
}

extension AppContext {
    /// How many laid-out lessons are kept: the few a learner goes back and forth between.
    static let keptLayouts = 8

    mutating func keep(_ layout: LessonLayout) {
        if lessonLayouts[layout.lessonID] == nil, lessonLayouts.count >= Self.keptLayouts { lessonLayouts.removeAll() }
        lessonLayouts[layout.lessonID] = layout
    }
}
