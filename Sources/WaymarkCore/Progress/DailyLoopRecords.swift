import Foundation

/// Time spent studying on one day. Entries are only ever added, so logs from two
/// machines merge by union; `at` tells two entries of the same day apart.
public struct StudyEntry: Sendable, Equatable, Decodable, ProgressRecord {
    public enum Source: String, Sendable, Codable, CaseIterable {
        case reader, review, calculator, manual
    }

    public var on: Day
    public var minutes: Int
    public var source: Source
    public var at: Date
    public var note: String?
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("on", \.on, .day),
        .required("minutes", \.minutes, .integer),
        .required("source", \.source, .enumeration),
        .required("at", \.at, .timestamp),
        .optional("note", \.note, .string),
    ])
    static let blank = StudyEntry(on: Day(ordinal: 0), minutes: 0, source: .manual, at: Date(timeIntervalSince1970: 0))

    public init(on: Day, minutes: Int, source: Source, at: Date, note: String? = nil) {
        self.on = on
        self.minutes = minutes
        self.source = source
        self.at = at
        self.note = note
    }

    public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) }
}

/// A deliverable step ticked done or back, and when.
public struct StepProgress: Sendable, Equatable, Decodable, ProgressRecord {
    public var done: Bool
    public var changedAt: Date
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("done", \.done, .boolean),
        .required("changedAt", \.changedAt, .timestamp),
    ])
    static let blank = StepProgress(done: false, changedAt: Date(timeIntervalSince1970: 0))

    public init(done: Bool, changedAt: Date) {
        self.done = done
        self.changedAt = changedAt
    }

    public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) }
}

/// The rest of a plan moved later: every phase from `fromPhase` on starts
/// `weeks` later than it did. The original start date stays as it was.
public struct Replan: Sendable, Equatable, Decodable, ProgressRecord {
    public var at: Date
    public var fromPhase: String
    public var weeks: Int
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("at", \.at, .timestamp),
        .required("fromPhase", \.fromPhase, .string),
        .required("weeks", \.weeks, .integer),
    ])
    static let blank = Replan(at: Date(timeIntervalSince1970: 0), fromPhase: "", weeks: 0)

    public init(at: Date, fromPhase: String, weeks: Int) {
        self.at = at
        self.fromPhase = fromPhase
        self.weeks = weeks
    }

    public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) }
}

/// What the learner answered on the first run.
public struct Onboarding: Sendable, Equatable, Decodable, ProgressRecord {
    public enum Answer: String, Sendable, Codable { case have, notYet }

    /// Prerequisite topic -> the learner's answer.
    public var prerequisites: [String: Answer] = [:]
    /// Minutes a week the learner means to study; nil: the path's own hours.
    public var weeklyGoalMinutes: Int?
    /// When the onboarding was finished or skipped; nil while it has not been.
    public var completedAt: Date?
    /// Whether the reader asks for a prediction before a lesson not yet read; nil: on.
    public var predictPrompts: Bool?
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .collection("prerequisites", \.prerequisites, .map(of: .enumeration)),
        .optional("weeklyGoalMinutes", \.weeklyGoalMinutes, .integer),
        .optional("completedAt", \.completedAt, .timestamp),
        .optional("predictPrompts", \.predictPrompts, .boolean),
    ])
    static let blank = Onboarding()

    public init(
        prerequisites: [String: Answer] = [:], weeklyGoalMinutes: Int? = nil, completedAt: Date? = nil,
        predictPrompts: Bool? = nil
    ) {
        self.prerequisites = prerequisites
        self.weeklyGoalMinutes = weeklyGoalMinutes
        self.completedAt = completedAt
        self.predictPrompts = predictPrompts
    }

    /// The reader's Predict prompt is on unless the learner turned it off.
    public var asksForPredictions: Bool { predictPrompts ?? true }

    public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) }
}

/// An insight noted while reading a lesson: the learner's journal.
public struct JournalEntry: Sendable, Equatable, Decodable, ProgressRecord {
    public var lessonID: String
    public var at: Date
    public var text: String
    public var unknownFields = UnknownFields()

    static let fields = ProgressFields<Self>([
        .required("at", \.at, .timestamp),
        .required("lessonID", \.lessonID, .string),
        .required("text", \.text, .string),
    ])
    static let blank = JournalEntry(lessonID: "", at: Date(timeIntervalSince1970: 0), text: "")

    public init(lessonID: String, at: Date, text: String) {
        self.lessonID = lessonID
        self.at = at
        self.text = text
    }

    public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) }
}
