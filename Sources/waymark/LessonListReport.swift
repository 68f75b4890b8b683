import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

/// `waymark lessons`: the library's groups as text (✓ read, length, id, the
/// prerequisites still unread) or as one JSON entry per lesson.
struct LessonListReport {
    let library: LessonLibrary
    let groups: [LessonLibrary.Group]
    let progress: LearnerProgress
    /// "by path", "by tag", "tagged reliability", "of Foundation Builder"…
    let heading: String

    /// Each lesson once, in the order the text first lists it.
    var lessonIDs: [String] {
        var seen: Set<String> = []
        return groups.flatMap(\.lessonIDs).filter { seen.insert($0).inserted }
    }

    func text(style: TextStyle) -> String {
        let ids = lessonIDs
        let read = ids.filter { progress.lessonsRead[$0] != nil }.count
        var lines = [style.strong("Lessons \(heading)") + style.dim("  \(Self.count(ids.count)) · \(read) read")]
        if groups.isEmpty {
            lines.append("No lesson of that path carries that tag.")
            return lines.joined(separator: "\n")
        }
        for group in groups {
            let groupRead = group.lessonIDs.filter { progress.lessonsRead[$0] != nil }.count
            lines.append("")
            lines.append(
                style.strong(group.title) + style.dim("  \(Self.count(group.lessonIDs.count)) · \(groupRead) read"))
            for id in group.lessonIDs {
                guard let lesson = library.curriculum.lesson(id: id) else { continue }
                let mark = progress.lessonsRead[id] != nil ? style.good("✓ ") : "  "
                lines.append("  \(mark)\(lesson.title)" + style.dim("  \(lesson.minutes) min  (\(id))"))
                let unread = LessonPrerequisites(of: id, in: library.curriculum, progress: progress).unread
                if !unread.isEmpty {
                    lines.append(style.warning("      needs: " + unread.map(\.title).joined(separator: ", ")))
                }
            }
        }
        lines.append("")
        lines.append(style.dim("Read one with: waymark read ID"))
        return lines.joined(separator: "\n")
    }

    /// The documented JSON shape, one entry per lesson in the text's order.
    var json: [LessonJSON] {
        lessonIDs.compactMap { id in
            library.curriculum.lesson(id: id).map {
                LessonJSON($0, read: progress.lessonsRead[id] != nil, paths: library.pathIDs(containing: id))
            }
        }
    }

    static func count(_ lessons: Int) -> String { "\(lessons) lesson\(lessons == 1 ? "" : "s")" }
}

/// One lesson as `waymark lessons --json` prints it.
struct LessonJSON: Codable, Sendable, Equatable {
    var id: String
    var title: String
    var minutes: Int
    var summary: String
    var tags: [String]
    var prerequisites: [String]
    var read: Bool
    /// The paths (and `bootcamp`) whose plan uses the lesson.
    var paths: [String]

    init(_ lesson: Lesson, read: Bool, paths: [String]) {
        id = lesson.id
        title = lesson.title
        minutes = lesson.minutes
        summary = lesson.summary
        tags = lesson.tags
        prerequisites = lesson.prerequisites
        self.read = read
        self.paths = paths
    }
}
