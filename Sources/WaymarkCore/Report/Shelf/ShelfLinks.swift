import WaymarkCurriculum

/// The lines a card prints for its links: lessons with a ✓ once read, laws and
/// patterns by name. A link whose target this course lacks still shows its id, so
/// a card from a trimmed course never loses a line.
enum ShelfLinks {
    /// A card as text: its header lines, each non-empty link section after a blank
    /// line, then the body.
    static func page(_ header: [String], sections: [[String]], body: String) -> String {
        var lines = header
        for section in sections where !section.isEmpty {
            lines.append("")
            lines += section
        }
        lines.append("")
        lines.append(body)
        return lines.joined(separator: "\n")
    }

    /// "Lessons (✓ read)" and one line per lesson, or nothing when there are none.
    static func lessons(
        _ ids: [String], heading: String, curriculum: Curriculum, progress: LearnerProgress, style: TextStyle
    ) -> [String] {
        guard !ids.isEmpty else { return [] }
        let lines = ids.map { id in
            let read = progress.lessonsRead[id] != nil
            let mark = read ? style.good("✓") : "•"
            return "  \(mark) \(curriculum.lesson(id: id)?.title ?? id)" + style.dim("  (\(id))")
        }
        return [style.strong(heading) + style.dim("  ✓ read")] + lines
    }

    /// A heading and one line per pattern, by name, or nothing when there are none.
    static func patterns(_ ids: [String], heading: String, shelf: ReferenceShelf, style: TextStyle) -> [String] {
        guard !ids.isEmpty else { return [] }
        return [style.strong(heading)]
            + ids.map { "  • \(shelf.pattern(id: $0)?.name ?? $0)" + style.dim("  (\($0))") }
    }

    /// Law lessons by title, without read marks: a law is a lens, not a lesson to tick.
    static func laws(_ ids: [String], curriculum: Curriculum, style: TextStyle) -> [String] {
        guard !ids.isEmpty else { return [] }
        return [style.strong("Laws behind it")]
            + ids.map { "  • \(curriculum.lesson(id: $0)?.title ?? $0)" + style.dim("  (\($0))") }
    }
}

extension String {
    /// "reliability" -> "Reliability", for a domain used as a heading.
    public var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
