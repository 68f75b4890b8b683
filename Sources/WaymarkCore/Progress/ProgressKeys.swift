import WaymarkCurriculum

/// The ids of one course that progress can be kept under, and the ids they
/// replaced: what the store needs to move renamed entries, to tell whether an old
/// shared progress file is this course's, and to find entries the course no
/// longer has. Built once per course; sets, so a check costs a lookup.
public struct ProgressKeys: Sendable {
    public let courseID: String
    public let renames: IDRenames
    let paths: Set<String>
    let deliverables: Set<String>
    let criteria: Set<String>
    let steps: Set<String>
    let lessons: Set<String>

    public init(curriculum: Curriculum) {
        courseID = curriculum.id
        renames = curriculum.renames
        paths = Set(curriculum.paths.map(\.id))
        deliverables = Set(curriculum.allDeliverableIDs)
        criteria = Set(curriculum.allCriterionIDs)
        steps = Set(curriculum.paths.flatMap { $0.deliverables.flatMap { $0.steps.map(\.id) } })
        lessons = Set(curriculum.lessons.keys)
    }

    /// Whether `id` is in use anywhere in the course.
    public func isLive(_ id: String) -> Bool {
        paths.contains(id) || deliverables.contains(id) || criteria.contains(id) || steps.contains(id)
            || lessons.contains(id)
    }

    /// Whether `progress` (its renames already moved) was made with this course: its
    /// active path is one of the course's, or, with none, it holds a deliverable,
    /// criterion, step, path or lesson id of the course.
    func owns(_ progress: LearnerProgress) -> Bool {
        if let active = progress.activePath { return paths.contains(active) }
        return progress.deliverables.keys.contains(where: deliverables.contains)
            || progress.criteria.keys.contains(where: criteria.contains)
            || progress.steps.keys.contains(where: steps.contains)
            || progress.paths.keys.contains(where: paths.contains)
            || progress.lessonsRead.keys.contains(where: lessons.contains)
    }
}
