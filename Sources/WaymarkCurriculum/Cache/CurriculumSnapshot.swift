/// A loaded curriculum as bytes, and back: what `CurriculumCache` keeps so a large
/// curriculum directory is parsed once, not on every start. The source is not part
/// of it; lesson bodies are still read from the directory when a lesson opens.
enum CurriculumSnapshot {
    static func bytes(of curriculum: Curriculum) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.string(curriculum.title)
        writer.int(curriculum.formatVersion)
        writer.string(curriculum.introduction)
        writer.list(curriculum.paths) { $1.write(to: &$0) }
        curriculum.bootcamp.write(to: &writer)
        curriculum.guidance.write(to: &writer)
        writer.list(curriculum.lessons.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            entry.value.write(to: &writer)
        }
        return writer.bytes
    }

    static func curriculum(
        from reader: inout SnapshotReader, source: any CurriculumSource
    ) throws(SnapshotReader.Malformed) -> Curriculum {
        let title = try reader.string()
        let formatVersion = try reader.int()
        let introduction = try reader.string()
        let paths = try reader.list { reader throws(SnapshotReader.Malformed) in try LearningPath(from: &reader) }
        let bootcamp = try Bootcamp(from: &reader)
        let guidance = try Guidance(from: &reader)
        let entries = try reader.list { reader throws(SnapshotReader.Malformed) in
            (try reader.string(), try Lesson(from: &reader))
        }
        return Curriculum(
            title: title, formatVersion: formatVersion, introduction: introduction, paths: paths,
            bootcamp: bootcamp, guidance: guidance, lessons: Dictionary(entries) { first, _ in first },
            source: source)
    }
}

// One writer and one reader per model type, field by field in declaration order.

extension WeekRange {
    func write(to writer: inout SnapshotWriter) {
        writer.int(first)
        writer.int(last)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(try reader.int(), try reader.int())
    }
}

extension LearningPath {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(title)
        writer.string(audience)
        writer.string(summary)
        durationWeeks.write(to: &writer)
        hoursPerWeek.write(to: &writer)
        writer.strings(focusOrder)
        writer.list(phases) { $1.write(to: &$0) }
        writer.list(successCriteria) { $1.write(to: &$0) }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            id: try reader.string(), title: try reader.string(), audience: try reader.string(),
            summary: try reader.string(), durationWeeks: try WeekRange(from: &reader),
            hoursPerWeek: try WeekRange(from: &reader), focusOrder: try reader.strings(),
            phases: try reader.list { reader throws(SnapshotReader.Malformed) in try Phase(from: &reader) },
            successCriteria: try reader.list { reader throws(SnapshotReader.Malformed) in
                try SuccessCriterion(from: &reader)
            })
    }
}

extension Phase {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        weeks.write(to: &writer)
        writer.string(focus)
        writer.string(summary)
        writer.list(activities) { writer, activity in
            writer.string(activity.text)
            writer.strings(activity.lessonIDs)
        }
        writer.list(deliverables) { writer, deliverable in
            writer.string(deliverable.id)
            writer.string(deliverable.title)
            writer.string(deliverable.description)
            writer.strings(deliverable.lessonIDs)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            id: try reader.string(), weeks: try WeekRange(from: &reader), focus: try reader.string(),
            summary: try reader.string(),
            activities: try reader.list { reader throws(SnapshotReader.Malformed) in
                Activity(text: try reader.string(), lessonIDs: try reader.strings())
            },
            deliverables: try reader.list { reader throws(SnapshotReader.Malformed) in
                Deliverable(
                    id: try reader.string(), title: try reader.string(), description: try reader.string(),
                    lessonIDs: try reader.strings())
            })
    }
}

extension SuccessCriterion {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(text)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(id: try reader.string(), text: try reader.string())
    }
}

extension Bootcamp {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(title)
        writer.string(summary)
        writer.list(steps) { writer, step in
            writer.string(step.id)
            writer.string(step.title)
            writer.string(step.text)
            writer.strings(step.lessonIDs)
        }
        writer.strings(rationale)
        writer.strings(nextSteps)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            id: try reader.string(), title: try reader.string(), summary: try reader.string(),
            steps: try reader.list { reader throws(SnapshotReader.Malformed) in
                BootcampStep(
                    id: try reader.string(), title: try reader.string(), text: try reader.string(),
                    lessonIDs: try reader.strings())
            },
            rationale: try reader.strings(), nextSteps: try reader.strings())
    }
}

extension Guidance {
    func write(to writer: inout SnapshotWriter) {
        for prerequisites in [essentialPrerequisites, helpfulPrerequisites] {
            writer.list(prerequisites) { writer, prerequisite in
                writer.strings([prerequisite.topic, prerequisite.need, prerequisite.example])
            }
        }
        writer.list(pathSelector) { $0.strings([$1.profile, $1.pathID]) }
        writer.list(studyTips) { $0.strings([$1.name, $1.practice, $1.reason]) }
        writer.strings(portfolioHabits)
        writer.list(pitfalls) { $0.strings([$1.mistake, $1.instead]) }
        writer.strings(quickStart)
        writer.list(readingOrders) { writer, order in
            writer.strings([order.id, order.title, order.bestFor, order.timeInvestment])
            writer.strings(order.steps)
        }
    }

    /// Small records go as a list of their fields, checked for the right count.
    private static func fields(
        _ count: Int, _ reader: inout SnapshotReader
    ) throws(SnapshotReader.Malformed) -> [String] {
        let fields = try reader.strings()
        guard fields.count == count else { throw SnapshotReader.Malformed() }
        return fields
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init()
        func prerequisites(_ reader: inout SnapshotReader) throws(SnapshotReader.Malformed) -> [Prerequisite] {
            try reader.list { reader throws(SnapshotReader.Malformed) in
                let f = try Self.fields(3, &reader)
                return Prerequisite(topic: f[0], need: f[1], example: f[2])
            }
        }
        essentialPrerequisites = try prerequisites(&reader)
        helpfulPrerequisites = try prerequisites(&reader)
        pathSelector = try reader.list { reader throws(SnapshotReader.Malformed) in
            let f = try Self.fields(2, &reader)
            return PathRecommendation(profile: f[0], pathID: f[1])
        }
        studyTips = try reader.list { reader throws(SnapshotReader.Malformed) in
            let f = try Self.fields(3, &reader)
            return StudyTip(name: f[0], practice: f[1], reason: f[2])
        }
        portfolioHabits = try reader.strings()
        pitfalls = try reader.list { reader throws(SnapshotReader.Malformed) in
            let f = try Self.fields(2, &reader)
            return Pitfall(mistake: f[0], instead: f[1])
        }
        quickStart = try reader.strings()
        readingOrders = try reader.list { reader throws(SnapshotReader.Malformed) in
            let f = try Self.fields(4, &reader)
            return ReadingOrder(id: f[0], title: f[1], bestFor: f[2], timeInvestment: f[3], steps: try reader.strings())
        }
    }
}

extension Lesson {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(title)
        writer.int(minutes)
        writer.string(summary)
        writer.strings(tags)
        writer.strings(prerequisites)
        writer.string(file)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            id: try reader.string(), title: try reader.string(), minutes: try reader.int(),
            summary: try reader.string(), tags: try reader.strings(), prerequisites: try reader.strings(),
            file: try reader.string())
    }
}
