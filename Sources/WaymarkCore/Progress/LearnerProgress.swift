import Foundation

/// Everything a learner has done, keyed by the curriculum's stable ids. Entries
/// whose ids the curriculum no longer has are kept, never dropped: a renamed or
/// removed deliverable must not take the learner's work with it.
public struct LearnerProgress: Sendable, Equatable, Decodable, ProgressRecord {
    /// The schema this build writes. Files with a larger number are refused; files
    /// with a smaller one are migrated (see `ProgressMigration`).
    /// 2 added `revision`; 3 the daily loop: reviews, the study log, steps, the
    /// onboarding answers, reading positions, the journal and re-plans.
    public static let currentSchemaVersion = 3

    public var schemaVersion: Int
    /// How many saves made this file: the store adds one per save. It orders saves
    /// where timestamps cannot (clocks go backwards), and tells a running instance
    /// that another one saved in between.
    public var revision: Int
    /// The largest revision a file may hold: exact in any JSON reader (2^53), and
    /// far from overflowing when the next save adds one.
    public static let maximumRevision = 1 << 53
    public var activePath: String?
    public var paths: [String: PathProgress]
    public var deliverables: [String: DeliverableProgress]
    public var criteria: [String: CriterionProgress]
    /// Lesson id -> when it was first read.
    public var lessonsRead: [String: Date]
    /// Every answer to every review card, in the order given (see `ReviewLog`).
    public var reviews: [ReviewRecord] = []
    /// Time studied: counted in the view, or logged by hand for time away from it.
    public var studyLog: [StudyEntry] = []
    /// Deliverable step id -> whether it is done, and when that last changed.
    public var steps: [String: StepProgress] = [:]
    /// The first-run answers: prerequisites, the weekly goal.
    public var onboarding: Onboarding?
    /// Lesson id -> the first line shown when the reader last left it.
    public var lessonPositions: [String: Int] = [:]
    /// Dated insights the learner noted while reading: the journal.
    public var journal: [JournalEntry] = []
    /// Fields a newer release (or a hand edit) added, kept through every save.
    public var unknownFields = UnknownFields()

    /// Every field of the file, declared once for the writer and both readers.
    static let fields = ProgressFields<Self>([
        .required("schemaVersion", \.schemaVersion, .integer),
        .required("revision", \.revision, .integer),
        .optional("activePath", \.activePath, .string),
        .collection("paths", \.paths, .map(of: .record)),
        .collection("deliverables", \.deliverables, .map(of: .record)),
        .collection("criteria", \.criteria, .map(of: .record)),
        .collection("lessonsRead", \.lessonsRead, .map(of: .timestamp)),
        .collection("reviews", \.reviews, .array(of: .record)),
        .collection("studyLog", \.studyLog, .array(of: .record)),
        .collection("steps", \.steps, .map(of: .record)),
        .optional("onboarding", \.onboarding, .record),
        .collection("lessonPositions", \.lessonPositions, .map(of: .integer)),
        .collection("journal", \.journal, .array(of: .record)),
    ])
    static let blank = LearnerProgress()

    public init(
        activePath: String? = nil, paths: [String: PathProgress] = [:],
        deliverables: [String: DeliverableProgress] = [:], criteria: [String: CriterionProgress] = [:],
        lessonsRead: [String: Date] = [:]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.revision = 0
        self.activePath = activePath
        self.paths = paths
        self.deliverables = deliverables
        self.criteria = criteria
        self.lessonsRead = lessonsRead
    }

    public func state(of deliverableID: String) -> DeliverableState {
        deliverables[deliverableID]?.state ?? .todo
    }

    public func latestRating(of criterionID: String) -> SelfRating? {
        criteria[criterionID]?.ratings.last?.rating
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decoded(from: decoder)
    }
}

/// A path the learner has started.
public struct PathProgress: Sendable, Equatable, Decodable, ProgressRecord {
    public var startedOn: Day
    /// Each time the learner moved the rest of the plan later, oldest first.
    public var replans: [Replan] = []
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("startedOn", \.startedOn, .day),
        .collection("replans", \.replans, .array(of: .record)),
    ])
    static let blank = PathProgress(startedOn: Day(ordinal: 0))

    public init(startedOn: Day) {
        self.startedOn = startedOn
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decoded(from: decoder)
    }
}

public struct DeliverableProgress: Sendable, Equatable, Decodable, ProgressRecord {
    public var state: DeliverableState
    public var changedAt: Date
    public var note: String?
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("state", \.state, .enumeration),
        .required("changedAt", \.changedAt, .timestamp),
        .optional("note", \.note, .string),
    ])
    static let blank = DeliverableProgress(state: .todo, changedAt: Date(timeIntervalSince1970: 0))

    public init(state: DeliverableState, changedAt: Date, note: String? = nil) {
        self.state = state
        self.changedAt = changedAt
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decoded(from: decoder)
    }
}

/// Every self-rating of one success criterion, oldest first. The order of the list,
/// not the timestamps, is the history: clocks can go backwards.
public struct CriterionProgress: Sendable, Equatable, Decodable, ProgressRecord {
    public var ratings: [Rating]
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("ratings", \.ratings, .array(of: .record))
    ])
    static let blank = CriterionProgress()

    public init(ratings: [Rating] = []) {
        self.ratings = ratings
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decoded(from: decoder)
    }
}

public struct Rating: Sendable, Equatable, Decodable, ProgressRecord {
    public var rating: SelfRating
    public var at: Date
    public var note: String?
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("rating", \.rating, .enumeration),
        .required("at", \.at, .timestamp),
        .optional("note", \.note, .string),
    ])
    static let blank = Rating(rating: .notYet, at: Date(timeIntervalSince1970: 0))

    public init(rating: SelfRating, at: Date, note: String? = nil) {
        self.rating = rating
        self.at = at
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decoded(from: decoder)
    }
}
