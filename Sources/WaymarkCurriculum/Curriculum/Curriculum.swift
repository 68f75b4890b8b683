/// The whole loaded curriculum: paths, Bootcamp, guidance and the lesson index.
/// Its `Codable` form (everything but the source) is what the embedder writes as
/// Swift and the cache keeps as a snapshot.
public struct Curriculum: Sendable, Codable {
    /// The id the learner's progress is kept under: `id:` in curriculum.yaml, else
    /// derived from the title (see `CourseID`).
    public var id: String
    public var title: String
    public var formatVersion: Int
    public var introduction: String
    public var paths: [LearningPath]
    public var bootcamp: Bootcamp
    public var guidance: Guidance
    public var lessons: [String: Lesson]
    /// Patterns, the selector, the glossary, cheat sheets and recipes; empty parts
    /// for a course that has none.
    public var reference = ReferenceShelf()
    /// Ids the course renamed (`renamed-from:`), so progress under them moves along.
    public var renames = IDRenames()
    /// Where the files came from; lesson bodies are read from here on demand. Not
    /// encoded: whoever decodes a curriculum sets it, and until then it has no files.
    public var source: any CurriculumSource = EmbeddedCurriculumSource(files: [:])

    /// Without an `id`, the course's id is derived from its title.
    public init(
        id: String? = nil, title: String, formatVersion: Int, introduction: String, paths: [LearningPath],
        bootcamp: Bootcamp, guidance: Guidance, lessons: [String: Lesson], reference: ReferenceShelf = ReferenceShelf(),
        renames: IDRenames = IDRenames(), source: any CurriculumSource
    ) {
        self.id = id ?? CourseID.derived(fromTitle: title)
        self.title = title
        self.formatVersion = formatVersion
        self.introduction = introduction
        self.paths = paths
        self.bootcamp = bootcamp
        self.guidance = guidance
        self.lessons = lessons
        self.reference = reference
        self.renames = renames
        self.source = source
    }

    enum CodingKeys: CodingKey {
        case id, title, formatVersion, introduction, paths, bootcamp, guidance, lessons, reference, renames
    }

    public func path(id: String) -> LearningPath? {
        paths.first { $0.id == id }
    }

    public func lesson(id: String) -> Lesson? { lessons[id] }

    /// The deliverable with this id and the path and phase it belongs to.
    public func deliverable(id: String) -> (path: LearningPath, phase: Phase, deliverable: Deliverable)? {
        for path in paths {
            for phase in path.phases {
                if let deliverable = phase.deliverables.first(where: { $0.id == id }) {
                    return (path, phase, deliverable)
                }
            }
        }
        return nil
    }

    public func criterion(id: String) -> (path: LearningPath, criterion: SuccessCriterion)? {
        for path in paths {
            if let criterion = path.successCriteria.first(where: { $0.id == id }) {
                return (path, criterion)
            }
        }
        return nil
    }

    public var allDeliverableIDs: [String] { paths.flatMap { $0.deliverables.map(\.id) } }
    public var allCriterionIDs: [String] { paths.flatMap { $0.successCriteria.map(\.id) } }

    /// The Markdown body of any card or lesson file, without its front matter.
    public func body(ofFile file: String) throws -> String {
        String(LessonDocument(text: try source.text(of: file)).body).sanitizedForDisplay
    }

    /// The self-check questions of a lesson: as its source worked them out before,
    /// or read from its body.
    public func selfChecks(ofLesson id: String) throws -> [SelfCheck] {
        guard let lesson = lessons[id] else { throw CurriculumError.unknownLesson(id) }
        if let known = source.precomputedSelfChecks(ofLesson: lesson.file) { return known }
        return SelfCheck.all(in: try lessonBody(id: id))
    }

    /// The Markdown body of a lesson, without its front matter.
    public func lessonBody(id: String) throws -> String {
        guard let lesson = lessons[id] else { throw CurriculumError.unknownLesson(id) }
        let text = try source.text(of: lesson.file)
        return String(LessonDocument(text: text).body).sanitizedForDisplay
    }
}
