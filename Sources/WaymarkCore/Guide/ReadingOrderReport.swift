import WaymarkCurriculum

/// One reading order with read marks: what `waymark order ID --json` prints.
public struct ReadingOrderReport: Sendable, Equatable, Encodable {
    /// A lesson the order links, with its title and whether it is read.
    public struct LessonMark: Sendable, Equatable, Encodable {
        public var id: String
        public var title: String
        public var read: Bool
    }

    /// A step: read when it links lessons and all are read.
    public struct Step: Sendable, Equatable, Encodable {
        public var text: String
        public var lessons: [LessonMark]
        public var patterns: [String]
        public var read: Bool
    }

    public var id: String
    public var title: String
    public var bestFor: String
    public var time: String
    public var steps: [Step]

    public init(order: ReadingOrder, curriculum: Curriculum, progress: LearnerProgress) {
        let read = Set(progress.lessonsRead.keys)
        id = order.id
        title = order.title
        bestFor = order.bestFor
        time = order.timeInvestment
        steps = order.steps.map { step in
            Step(
                text: step.text,
                lessons: step.lessonIDs.map {
                    LessonMark(id: $0, title: curriculum.lesson(id: $0)?.title ?? $0, read: read.contains($0))
                },
                patterns: step.patternIDs, read: step.isRead(by: read))
        }
    }
}
