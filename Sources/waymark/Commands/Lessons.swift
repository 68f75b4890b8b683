import ArgumentParser
import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

extension Waymark {
    struct Lessons: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lessons",
            abstract: "List every lesson, grouped by path or by tag: ✓ read, minutes, unread prerequisites.",
            discussion: """
                By path, the Bootcamp comes first, then each path with its lessons in the order its \
                plan meets them, then any lesson no plan uses; a lesson on several paths is listed \
                under each. By tag, the tags and their lessons are in alphabetical order. --tag \
                groups by tag; --path keeps the lessons of one path (or `bootcamp`). With --json each \
                lesson appears once: id, title, minutes, summary, tags, prerequisites, read, and the \
                paths whose plan uses it. Read one with `waymark read ID`.

                Examples:
                  waymark lessons
                  waymark lessons --by-tag
                  waymark lessons --tag reliability
                  waymark lessons --path foundation-builder --json
                """)

        @Option(help: ArgumentHelp("Only the lessons tagged T, e.g. reliability; groups by tag.", valueName: "T"))
        var tag: String?

        @Option(help: ArgumentHelp("Only the lessons of path P, e.g. foundation-builder, or bootcamp.", valueName: "P"))
        var path: String?

        @Flag(help: "Group by tag instead of by path.")
        var byTag = false

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            guard !curriculum.lessons.isEmpty else {
                return try EmptyShelf.say("lessons", in: curriculum, json: json, empty: [LessonJSON]())
            }
            let library = LessonLibrary(curriculum: curriculum)
            let wantedTag = try tag.map { try Self.tag($0, in: library) }
            let sequence = try path.map { try Self.sequence($0, in: library) }
            let grouping: LessonLibrary.Grouping = byTag || wantedTag != nil ? .tag : .path
            var groups = library.groups(grouping)
            if let sequence {
                // By path that is the one group; by tag, each tag keeps the path's lessons, in the path's order.
                groups =
                    grouping == .path
                    ? [sequence]
                    : groups.map { group in
                        var kept = group
                        kept.lessonIDs = sequence.lessonIDs.filter(group.lessonIDs.contains)
                        return kept
                    }.filter { !$0.lessonIDs.isEmpty }
            }
            if let wantedTag { groups = groups.filter { $0.id == wantedTag } }
            // "by path", "by tag", "tagged laws", "of Foundation Builder by tag", "tagged laws of Foundation Builder".
            let narrowing = [wantedTag.map { "tagged \($0)" }, sequence.map { "of \($0.title)" }].compactMap { $0 }
            var heading = narrowing.joined(separator: " ")
            if wantedTag == nil && (grouping == .tag || narrowing.isEmpty) {
                heading += (heading.isEmpty ? "" : " ") + (grouping == .tag ? "by tag" : "by path")
            }
            let report = LessonListReport(
                library: library, groups: groups, progress: try global.loadProgress(for: curriculum), heading: heading)
            if json {
                try Console.printJSON(report.json)
            } else {
                try Console.print(report.text(style: Console.style))
            }
        }

        /// The tag as the lessons spell it, or a failure naming the closest tags.
        static func tag(_ tag: String, in library: LessonLibrary) throws -> String {
            let wanted = tag.lowercased()
            if library.tags.contains(wanted) { return wanted }
            let close = Suggestion.closest(to: wanted, among: library.tags, limit: 5)
            let hint =
                close.isEmpty ? "List them with: waymark lessons --by-tag" : "Closest: \(close.joined(separator: ", "))"
            throw Failure("No lesson is tagged '\(tag.sanitizedLine)'. \(hint)")
        }

        /// The Bootcamp's or a path's lessons, or a failure naming the closest ids.
        static func sequence(_ id: String, in library: LessonLibrary) throws -> LessonLibrary.Group {
            let wanted = id.lowercased()
            if let sequence = library.sequences.first(where: { $0.id == wanted }) { return sequence }
            let ids = library.sequences.map(\.id)
            let close = Suggestion.closest(to: wanted, among: ids)
            let hint = close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
            throw Failure(
                "There is no path '\(id.sanitizedLine)' with lessons.\(hint) The paths are: \(ids.joined(separator: ", "))."
            )
        }
    }
}
