/// The advice around the paths: what to know first, which path suits whom, how
/// to study, and what to avoid.
public struct Guidance: Sendable, Hashable, Codable {
    public var essentialPrerequisites: [Prerequisite] = []
    public var helpfulPrerequisites: [Prerequisite] = []
    public var pathSelector: [PathRecommendation] = []
    public var studyTips: [StudyTip] = []
    public var portfolioHabits: [String] = []
    public var pitfalls: [Pitfall] = []
    public var quickStart: [String] = []
    public var readingOrders: [ReadingOrder] = []

    public init() {}
}

/// A skill to bring, why, and an example of it.
public struct Prerequisite: Sendable, Hashable, Codable {
    public var topic: String
    public var need: String
    public var example: String
    /// What to do about it when the learner does not have it yet.
    public var remedy: String?

    public init(topic: String, need: String, example: String, remedy: String? = nil) {
        self.topic = topic
        self.need = need
        self.example = example
        self.remedy = remedy
    }
}

/// "If you are X, take path Y."
public struct PathRecommendation: Sendable, Hashable, Codable {
    public var profile: String
    public var pathID: String

    public init(profile: String, pathID: String) {
        self.profile = profile
        self.pathID = pathID
    }
}

public struct StudyTip: Sendable, Hashable, Codable {
    public var name: String
    public var practice: String
    public var reason: String

    public init(name: String, practice: String, reason: String) {
        self.name = name
        self.practice = practice
        self.reason = reason
    }
}

public struct Pitfall: Sendable, Hashable, Codable {
    public var mistake: String
    public var instead: String

    public init(mistake: String, instead: String) {
        self.mistake = mistake
        self.instead = instead
    }
}

/// A way through the material for a particular goal.
public struct ReadingOrder: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var bestFor: String
    public var timeInvestment: String
    public var steps: [ReadingStep]

    public init(id: String, title: String, bestFor: String, timeInvestment: String, steps: [ReadingStep]) {
        self.id = id
        self.title = title
        self.bestFor = bestFor
        self.timeInvestment = timeInvestment
        self.steps = steps
    }
}

extension ReadingOrder {
    /// Every lesson the order reads, in step order, each once: the sequence `]`
    /// and `[` walk when the order is opened.
    public var lessonIDs: [String] {
        var seen = Set<String>()
        return steps.flatMap(\.lessonIDs).filter { seen.insert($0).inserted }
    }
}
