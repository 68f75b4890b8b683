import Foundation

/// Everything a learner has done, keyed by the curriculum's stable ids. Entries
/// whose ids the curriculum no longer has are kept, never dropped: a renamed or
/// removed deliverable must not take the learner's work with it.
public struct LearnerProgress: Sendable, Equatable, Codable {
    /// The schema this build writes. Files with a larger number are refused.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var activePath: String?
    public var paths: [String: PathProgress]
    public var deliverables: [String: DeliverableProgress]
    public var criteria: [String: CriterionProgress]
    /// Lesson id -> when it was first read.
    public var lessonsRead: [String: Date]

    public init(
        activePath: String? = nil, paths: [String: PathProgress] = [:],
        deliverables: [String: DeliverableProgress] = [:], criteria: [String: CriterionProgress] = [:],
        lessonsRead: [String: Date] = [:]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
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
        case schemaVersion, activePath, paths, deliverables, criteria, lessonsRead
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        activePath = try container.decodeIfPresent(String.self, forKey: .activePath)
        paths = try container.decodeIfPresent([String: PathProgress].self, forKey: .paths) ?? [:]
        deliverables = try container.decodeIfPresent([String: DeliverableProgress].self, forKey: .deliverables) ?? [:]
        criteria = try container.decodeIfPresent([String: CriterionProgress].self, forKey: .criteria) ?? [:]
        lessonsRead = try container.decodeIfPresent([String: Date].self, forKey: .lessonsRead) ?? [:]
    }
}

/// A path the learner has started.
public struct PathProgress: Sendable, Equatable, Codable {
    public var startedOn: Day

    public init(startedOn: Day) {
        self.startedOn = startedOn
    }
}

public struct DeliverableProgress: Sendable, Equatable, Codable {
    public var state: DeliverableState
    public var changedAt: Date
    public var note: String?

    public init(state: DeliverableState, changedAt: Date, note: String? = nil) {
        self.state = state
        self.changedAt = changedAt
        self.note = note
    }
}

/// Every self-rating of one success criterion, oldest first. The order of the list,
/// not the timestamps, is the history: clocks can go backwards.
public struct CriterionProgress: Sendable, Equatable, Codable {
    public var ratings: [Rating]

    public init(ratings: [Rating] = []) {
        self.ratings = ratings
    }
}

public struct Rating: Sendable, Equatable, Codable {
    public var rating: SelfRating
    public var at: Date
    public var note: String?

    public init(rating: SelfRating, at: Date, note: String? = nil) {
        self.rating = rating
        self.at = at
        self.note = note
    }
}
