import ArgumentParser
import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

extension Waymark {
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "Print a lesson rendered for the terminal, its prerequisites first; paged on a terminal.",
            discussion: """
                ID is a lesson id from `waymark lessons`. On a terminal the lesson opens in $PAGER \
                (default `less -R`; an empty PAGER prints it straight out); piped or redirected it is \
                plain text. The self-check answers are shown, since a printout has no key to reveal \
                them: --hide-answers leaves them out. Reading here does not mark the lesson read; \
                the interactive view does.

                Examples:
                  waymark read law-correlated-failure
                  waymark read littles-law --hide-answers
                  waymark read cap-theorem | grep -i partition
                """)

        /// The widest a lesson is laid out: the reader's own measure.
        static let readingWidth = 100

        @Argument(help: "The lesson id, e.g. law-correlated-failure.")
        var id: String

        @Flag(help: "Leave the self-check answers out.")
        var hideAnswers = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            guard let lesson = curriculum.lesson(id: id) else {
                let close = Suggestion.closest(to: id, among: curriculum.lessons.keys.sorted(), limit: 5)
                let hint =
                    close.isEmpty ? "List them with: waymark lessons" : "Closest: \(close.joined(separator: ", "))"
                throw Failure("There is no lesson '\(id.sanitizedLine)'. \(hint)")
            }
            let body: String
            do {
                body = try curriculum.lessonBody(id: lesson.id)
            } catch {
                throw Failure("Could not read \(lesson.file): \(error)")
            }
            let style = Console.style
            let progress = try global.loadProgress(for: curriculum)
            let width = min(MarkdownText.width, Self.readingWidth)
            // The heading lines wrap at the body's width too, each wrapped line in its own style.
            func wrapped(_ text: String, _ styled: (String) -> String) -> [String] {
                TextWrapper.wrap(text, width: width).map(styled)
            }
            var lines = wrapped(lesson.title, style.strong)
            lines += wrapped("\(lesson.minutes) min · \(lesson.tags.joined(separator: ", "))", style.dim)
            let prerequisites = LessonPrerequisites(of: lesson.id, in: curriculum, progress: progress)
            if !prerequisites.isEmpty {
                let titles = prerequisites.entries.map { ($0.isRead ? "✓ " : "") + $0.lesson.title }
                let line = "Before this: " + titles.joined(separator: " · ")
                if let unread = prerequisites.unread.first {
                    lines += wrapped(line, style.warning)
                    lines += wrapped("Not read yet: waymark read \(unread.id)", style.dim)
                } else {
                    lines += wrapped(line, style.dim)
                }
            }
            lines.append("")
            lines.append(MarkdownText.render(body, style: style, width: width, hidingAnswers: hideAnswers))
            try Pager.show(lines.joined(separator: "\n"))
        }
    }
}
