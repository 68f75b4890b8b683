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
    /// The largest revision a file may hold: exact in any JSON reader (2^53), and
    /// far from overflowing when the next save adds one.
    public static let maximumRevision = 1 << 53
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
    enum CodingKeys: String, CodingKey {
        case schemaVersion, revision, activePath, paths, deliverables, criteria, lessonsRead
    }

    public init(from decoder: any Decoder) throws {
        let object = try ObjectDecoder<CodingKeys>(decoder)
        schemaVersion = try object.decode(forKey: .schemaVersion)
        revision = try object.decode(forKey: .revision)
        activePath = try object.decodeIfPresent(forKey: .activePath)
        paths = try object.decodeIfPresent(forKey: .paths) ?? [:]
        deliverables = try object.decodeIfPresent(forKey: .deliverables) ?? [:]
        criteria = try object.decodeIfPresent(forKey: .criteria) ?? [:]
        lessonsRead = try object.decodeIfPresent(forKey: .lessonsRead) ?? [:]
        unknownFields = try object.unknownFields()
    }

}

/// A path the learner has started.
public struct PathProgress: Sendable, Equatable, Decodable {
    public var startedOn: Day
    public var unknownFields = UnknownFields()

    public init(startedOn: Day) {
        self.startedOn = startedOn
    }

    enum CodingKeys: String, CodingKey { case startedOn }

    public init(from decoder: any Decoder) throws {
        let object = try ObjectDecoder<CodingKeys>(decoder)
        startedOn = try object.decode(forKey: .startedOn)
        unknownFields = try object.unknownFields()
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

    enum CodingKeys: String, CodingKey { case state, changedAt, note }

    public init(from decoder: any Decoder) throws {
        let object = try ObjectDecoder<CodingKeys>(decoder)
        state = try object.decode(forKey: .state)
        changedAt = try object.decode(forKey: .changedAt)
        note = try object.decodeIfPresent(forKey: .note)
        unknownFields = try object.unknownFields()
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

    enum CodingKeys: String, CodingKey { case ratings }

    public init(from decoder: any Decoder) throws {
        let object = try ObjectDecoder<CodingKeys>(decoder)
        ratings = try object.decode(forKey: .ratings)
        unknownFields = try object.unknownFields()
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

    enum CodingKeys: String, CodingKey { case rating, at, note }

    public init(from decoder: any Decoder) throws {
        let object = try ObjectDecoder<CodingKeys>(decoder)
        rating = try object.decode(forKey: .rating)
        at = try object.decode(forKey: .at)
        note = try object.decodeIfPresent(forKey: .note)
        unknownFields = try object.unknownFields()
    }

}
