/// `waymark today --json`. The keys are stable and documented in the command's
/// help and the README; add keys, never rename them.
public struct TodayJSON: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
    }
    public struct Step: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
    }
    public struct DeliverableJSON: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var phase: String
        public var stepsDone: Int
        public var stepsTotal: Int
        public var nextStep: Step?
    }
    public struct Week: Codable, Sendable, Equatable {
        public var week: Int
        public var planned: Int
        public var done: Int
    }
    public var path: String
    public var today: String
    public var week: Int
    public var reviewsDue: Int
    /// Reviews due on each of the next 14 days, today first.
    public var reviewsByDay: [Int]
    public var nextLessons: [Item]
    public var deliverable: DeliverableJSON?
    public var studyMinutesThisWeek: Int
    public var weeklyGoalMinutes: Int
    public var pace: String
    public var paceExplanation: String?
    public var advice: String?
    public var weeks: [Week]
}
