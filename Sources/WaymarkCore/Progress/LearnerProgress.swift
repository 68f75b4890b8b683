import Foundation

/// Everything a learner has done, keyed by the curriculum's stable ids. Entries
/// whose ids the curriculum no longer has are kept, never dropped: a renamed or
/// removed deliverable must not take the learner's work with it.
public struct LearnerProgress: Sendable, Equatable, Decodable {
    /// The schema this build writes. Files with a larger number are refused; files
    /// with a smaller one are migrated (see `ProgressMigration`).
    /// 2 added `revision`.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    /// How many saves made this file: the store adds one per save. It orders saves
    /// where timestamps cannot (clocks go backwards), and tells a running instance
    /// that another one saved in between.
    public var revision: Int
    public var activePath: String?
    public var paths: [String: PathProgress]
    public var deliverables: [String: DeliverableProgress]
    public var criteria: [String: CriterionProgress]
    /// Lesson id -> when it was first read.
    public var lessonsRead: [String: Date]
    /// Fields a newer release (or a hand edit) added, kept through every save.
    public var unknownFields = UnknownFields()

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

    // Absent collections decode as empty so hand-trimmed files still load.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, revision, activePath, paths, deliverables, criteria, lessonsRead
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        revision = try container.decode(Int.self, forKey: .revision)
        activePath = try container.decodeIfPresent(String.self, forKey: .activePath)
        paths = try container.decodeIfPresent([String: PathProgress].self, forKey: .paths) ?? [:]
        deliverables = try container.decodeIfPresent([String: DeliverableProgress].self, forKey: .deliverables) ?? [:]
        criteria = try container.decodeIfPresent([String: CriterionProgress].self, forKey: .criteria) ?? [:]
        lessonsRead = try container.decodeIfPresent([String: Date].self, forKey: .lessonsRead) ?? [:]
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

}

/// A path the learner has started.
public struct PathProgress: Sendable, Equatable, Decodable {
    public var startedOn: Day
    public var unknownFields = UnknownFields()

    public init(startedOn: Day) {
        self.startedOn = startedOn
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case startedOn }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        startedOn = try container.decode(Day.self, forKey: .startedOn)
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

}

public struct DeliverableProgress: Sendable, Equatable, Decodable {
    public var state: DeliverableState
    public var changedAt: Date
    public var note: String?
    public var unknownFields = UnknownFields()

    public init(state: DeliverableState, changedAt: Date, note: String? = nil) {
        self.state = state
        self.changedAt = changedAt
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case state, changedAt, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        state = try container.decode(DeliverableState.self, forKey: .state)
        changedAt = try container.decode(Date.self, forKey: .changedAt)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

}

/// Every self-rating of one success criterion, oldest first. The order of the list,
/// not the timestamps, is the history: clocks can go backwards.
public struct CriterionProgress: Sendable, Equatable, Decodable {
    public var ratings: [Rating]
    public var unknownFields = UnknownFields()

    public init(ratings: [Rating] = []) {
        self.ratings = ratings
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case ratings }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ratings = try container.decode([Rating].self, forKey: .ratings)
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

}

public struct Rating: Sendable, Equatable, Decodable {
    public var rating: SelfRating
    public var at: Date
    public var note: String?
    public var unknownFields = UnknownFields()

    public init(rating: SelfRating, at: Date, note: String? = nil) {
        self.rating = rating
        self.at = at
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case rating, at, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rating = try container.decode(SelfRating.self, forKey: .rating)
        at = try container.decode(Date.self, forKey: .at)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

}
