import WaymarkCurriculum

/// `waymark show bootcamp`: the five steps, which lessons each needs, what is read.
public struct BootcampReport: Sendable {
    public let curriculum: Curriculum
    public let progress: LearnerProgress

    public init(curriculum: Curriculum, progress: LearnerProgress) {
        self.curriculum = curriculum
        self.progress = progress
    }

    var bootcamp: Bootcamp { curriculum.bootcamp }

    public func text(style: TextStyle) -> String {
        var lines = [style.strong(bootcamp.title), bootcamp.summary, ""]
        for (number, step) in bootcamp.steps.enumerated() {
            lines.append(style.strong("\(number + 1). \(step.title)"))
            lines.append("   \(step.text)")
            for id in step.lessonIDs {
                guard let lesson = curriculum.lesson(id: id) else { continue }
                let read = progress.lessonsRead[id] != nil ? style.good("read") : "\(lesson.minutes) min"
                lines.append(style.dim("   lesson: \(lesson.title) (\(read))"))
            }
            lines.append("")
        }
        if !bootcamp.rationale.isEmpty {
            lines.append(style.strong("Why these come first"))
            lines += bootcamp.rationale.map { "  • \($0)" }
            lines.append("")
        }
        if !bootcamp.nextSteps.isEmpty {
            lines.append(style.strong("After the \(bootcamp.title)"))
            lines += bootcamp.nextSteps.map { "  • \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    public var json: BootcampJSON {
        BootcampJSON(
            id: bootcamp.id, title: bootcamp.title,
            steps: bootcamp.steps.map { step in
                .init(
                    id: step.id, title: step.title, text: step.text, lessons: step.lessonIDs,
                    read: step.lessonIDs.allSatisfy { progress.lessonsRead[$0] != nil })
            },
            nextSteps: bootcamp.nextSteps)
    }
}

public struct BootcampJSON: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var text: String
        public var lessons: [String]
        public var read: Bool
    }
    public var id: String
    public var title: String
    public var steps: [Step]
    public var nextSteps: [String]
}
