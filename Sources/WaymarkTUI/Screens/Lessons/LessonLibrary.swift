import WaymarkCore
import WaymarkCurriculum

/// Every lesson of the course in groups: by path (the Bootcamp, then each path in
/// the order its plan meets its lessons, then any lesson no plan uses) or by tag.
/// The Lessons screen and `waymark lessons` both list these groups, so the two
/// always agree on what belongs where and in which order.
public struct LessonLibrary: Sendable {
    /// How the lessons are grouped.
    public enum Grouping: Sendable, Equatable {
        case path, tag
    }

    /// One heading of the library and its lessons, in reading order. Walking a group
    /// with ] and [ follows this order.
    public struct Group: Sendable, Equatable {
        /// A path id, `bootcamp`, `other`, or a tag.
        public var id: String
        public var title: String
        public var lessonIDs: [String]
    }

    /// The id of the group of lessons that no plan uses.
    public static let otherGroupID = "other"
    public static let bootcampGroupID = "bootcamp"

    public let curriculum: Curriculum
    /// The Bootcamp's and each path's lesson sequence, in the course's order.
    public let sequences: [Group]

    /// The library of `curriculum`, with each path's lessons in plan order (the
    /// command line's case: there is no view to have worked them out already).
    public init(curriculum: Curriculum) {
        let paths = curriculum.paths.map { ($0.id, AppContext.lessonSequence(of: $0, in: curriculum)) }
        var seen: Set<String> = []
        let bootcamp = curriculum.bootcamp.steps.flatMap(\.lessonIDs).filter {
            curriculum.lessons.keys.contains($0) && seen.insert($0).inserted
        }
        self.init(curriculum: curriculum, bootcamp: bootcamp, paths: Dictionary(uniqueKeysWithValues: paths))
    }

    /// The library as the view sees it, from the sequences the view walks with ] and [.
    init(_ app: AppContext) {
        self.init(
            curriculum: app.curriculum, bootcamp: app.bootcampSequence.filter(app.curriculum.lessons.keys.contains),
            paths: app.lessonSequences)
    }

    private init(curriculum: Curriculum, bootcamp: [String], paths: [String: [String]]) {
        self.curriculum = curriculum
        var sequences: [Group] = []
        if !bootcamp.isEmpty {
            sequences.append(Group(id: Self.bootcampGroupID, title: curriculum.bootcamp.title, lessonIDs: bootcamp))
        }
        for path in curriculum.paths {
            guard let lessons = paths[path.id], !lessons.isEmpty else { continue }
            sequences.append(Group(id: path.id, title: path.title, lessonIDs: lessons))
        }
        self.sequences = sequences
    }

    /// Every lesson id, by title: the order within a tag and among the lessons no
    /// plan uses.
    public var lessonIDsByTitle: [String] {
        curriculum.lessons.values.sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }.map(
            \.id)
    }

    public func groups(_ grouping: Grouping) -> [Group] {
        switch grouping {
        case .path:
            let planned = Set(sequences.flatMap(\.lessonIDs))
            let other = lessonIDsByTitle.filter { !planned.contains($0) }
            return sequences
                + (other.isEmpty ? [] : [Group(id: Self.otherGroupID, title: "On no path", lessonIDs: other)])
        case .tag:
            let ids = lessonIDsByTitle
            return tags.map { tag in
                Group(id: tag, title: tag, lessonIDs: ids.filter { curriculum.lessons[$0]?.tags.contains(tag) == true })
            }
        }
    }

    /// Every tag some lesson carries, alphabetically.
    public var tags: [String] { Set(curriculum.lessons.values.flatMap(\.tags)).sorted() }

    /// The ids of the sequences (paths, `bootcamp`) that use the lesson, in the course's order.
    public func pathIDs(containing lessonID: String) -> [String] {
        sequences.filter { $0.lessonIDs.contains(lessonID) }.map(\.id)
    }
}
