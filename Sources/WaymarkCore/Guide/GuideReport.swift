import WaymarkCurriculum

/// Everything the Guide holds, with the learner's answers and ticks: what
/// `waymark guide --json` prints. The keys are fixed so scripts can rely on them.
public struct GuideReport: Sendable, Equatable, Encodable {
    /// A prerequisite with the learner's answer; `answer` is null when not given.
    public struct AnsweredPrerequisite: Sendable, Equatable, Encodable {
        public var topic: String
        public var need: String
        public var example: String
        public var remedy: String?
        public var answer: Onboarding.Answer?

        private enum CodingKeys: String, CodingKey { case topic, need, example, answer }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(topic, forKey: .topic)
            try container.encode(need, forKey: .need)
            try container.encode(example, forKey: .example)
            // Encoded even when nil: "not answered" is part of the shape.
            try container.encode(answer, forKey: .answer)
        }
    }

    /// The two lists of prerequisites.
    public struct Prerequisites: Sendable, Equatable, Encodable {
        public var essential: [AnsweredPrerequisite]
        public var helpful: [AnsweredPrerequisite]
    }

    /// A reading order, its steps with the lessons they link.
    public struct Order: Sendable, Equatable, Encodable {
        /// One step: its sentence and lesson ids.
        public struct Step: Sendable, Equatable, Encodable {
            public var text: String
            public var lessons: [String]
        }

        public var id: String
        public var title: String
        public var bestFor: String
        public var time: String
        public var steps: [Step]
    }

    public var prerequisites: Prerequisites
    public var studyTips: [StudyTip]
    public var portfolioHabits: [String]
    public var pitfalls: [Pitfall]
    public var quickStart: [QuickStart.Item]
    public var readingOrders: [Order]
    public var quickNavigation: [QuickNavigation]

    public init(curriculum: Curriculum, progress: LearnerProgress) {
        let guidance = curriculum.guidance
        let answers = progress.onboarding?.prerequisites ?? [:]
        func answered(_ list: [Prerequisite]) -> [AnsweredPrerequisite] {
            list.map {
                AnsweredPrerequisite(
                    topic: $0.topic, need: $0.need, example: $0.example, remedy: $0.remedy, answer: answers[$0.topic])
            }
        }
        prerequisites = Prerequisites(
            essential: answered(guidance.essentialPrerequisites), helpful: answered(guidance.helpfulPrerequisites))
        studyTips = guidance.studyTips
        portfolioHabits = guidance.portfolioHabits
        pitfalls = guidance.pitfalls
        quickStart = QuickStart.items(of: curriculum, progress: progress)
        readingOrders = guidance.readingOrders.map { order in
            Order(
                id: order.id, title: order.title, bestFor: order.bestFor, time: order.timeInvestment,
                steps: order.steps.map { Order.Step(text: $0.text, lessons: $0.lessonIDs) })
        }
        quickNavigation = QuickNavigation.rows
    }
}
