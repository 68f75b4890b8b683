/// Where a deliverable stands. Absent from the progress file means `todo`.
public enum DeliverableState: String, Sendable, Codable, CaseIterable {
    case todo
    case inProgress = "in-progress"
    case done
    case skipped

    /// Done or deliberately skipped: nothing more is expected of it.
    public var isResolved: Bool { self == .done || self == .skipped }
}

/// How confident the learner is that they meet a success criterion.
public enum SelfRating: String, Sendable, Codable, CaseIterable {
    case notYet = "not-yet"
    case partly
    case confident

    public var label: String {
        switch self {
        case .notYet: return "not yet"
        case .partly: return "partly"
        case .confident: return "confident"
        }
    }
}
