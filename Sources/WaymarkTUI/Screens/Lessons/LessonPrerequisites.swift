import WaymarkCore
import WaymarkCurriculum

/// The lessons a lesson builds on, each with whether the learner has read it: what
/// the reader's "Before this:" line, the library's "needs:" and `waymark read` show.
public struct LessonPrerequisites: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var lesson: Lesson
        public var isRead: Bool
    }

    /// In the order the lesson declares them; ids the course does not have are left out.
    public let entries: [Entry]

    public init(of lessonID: String, in curriculum: Curriculum, progress: LearnerProgress) {
        entries = (curriculum.lesson(id: lessonID)?.prerequisites ?? []).compactMap { id in
            curriculum.lesson(id: id).map { Entry(lesson: $0, isRead: progress.lessonsRead[id] != nil) }
        }
    }

    init(of lessonID: String, _ app: AppContext) {
        self.init(of: lessonID, in: app.curriculum, progress: app.progress)
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var unread: [Lesson] { entries.filter { !$0.isRead }.map(\.lesson) }

    /// What `P` opens: the first one still unread, else the first.
    public var next: Lesson? { unread.first ?? entries.first?.lesson }

    /// "Before this: ✓ A · B", warning-coloured while any is unread, cut with "…" to
    /// `width` columns. While one is unread, the key that opens it follows when there
    /// is room for all of it: half a hint is no hint.
    func line(width: Int) -> StyledLine {
        let warns = !unread.isEmpty
        var line: StyledLine = [Span("Before this: ", warns ? .warning : .muted)]
        for (index, entry) in entries.enumerated() {
            if index > 0 { line.append(Span(" · ", .muted)) }
            if entry.isRead { line.append(Span("✓ ", CellStyle(role: .good, bold: true))) }
            line.append(Span(entry.lesson.title, entry.isRead ? .muted : CellStyle(role: .warning)))
        }
        let hint = Span(unread.count == 1 ? "  (P opens it)" : "  (P opens the first unread)", .muted)
        if warns, line.width + hint.width <= width { line.append(hint) }
        return Self.fitted(line, to: width)
    }

    /// `line` cut to `columns`, the cut marked with "…".
    static func fitted(_ line: StyledLine, to columns: Int) -> StyledLine {
        guard line.width > columns else { return line }
        var result: StyledLine = []
        var used = 0
        for span in line {
            let room = columns - used
            guard room > 0 else { break }
            if span.width < room {
                result.append(span)
                used += span.width
            } else {
                // The span that reaches the edge ends in "…", even when it would just fit,
                // since something follows it.
                result.append(Span(DisplayWidth.prefix(span.text, fitting: room - 1) + "…", span.style))
                break
            }
        }
        return result
    }
}
