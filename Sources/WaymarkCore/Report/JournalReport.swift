import Foundation
import WaymarkCurriculum

/// `waymark journal`: the insights noted while reading, by day, oldest first, each
/// with the lesson it belongs to. A journal reads as a diary, so by day; the
/// lesson's title on every entry says what it was about.
public struct JournalReport: Sendable {
    /// One day of the journal and its entries in the order they were noted.
    public struct DayGroup: Sendable, Equatable {
        public var day: Day
        public var entries: [JournalEntry]
    }

    public let curriculum: Curriculum
    public let days: [DayGroup]

    public init(curriculum: Curriculum, progress: LearnerProgress, zone: LocalZone) {
        self.curriculum = curriculum
        // By time, ties in the order they were added: a stable order, the same on every run.
        let sorted = progress.journal.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
        var days: [DayGroup] = []
        for (_, entry) in sorted {
            let day = Day(entry.at, in: zone)
            if days.last?.day == day {
                days[days.count - 1].entries.append(entry)
            } else {
                days.append(DayGroup(day: day, entries: [entry]))
            }
        }
        self.days = days
    }

    public var isEmpty: Bool { days.isEmpty }

    /// The lesson's title, or its id when the course no longer has it.
    public func lessonTitle(_ id: String) -> String {
        curriculum.lesson(id: id)?.title ?? "Lesson \(id)"
    }

    public func text(style: TextStyle) -> String {
        guard !isEmpty else {
            return "The journal is empty. Press i in a lesson, or: waymark journal add LESSON-ID TEXT"
        }
        var lines: [String] = []
        for day in days {
            if !lines.isEmpty { lines.append("") }
            lines.append(style.strong(day.day.description))
            for entry in day.entries {
                lines.append("  " + style.dim(lessonTitle(entry.lessonID).sanitizedLine))
                for line in entry.text.sanitizedForDisplay.replacingTabs(with: " ").split(separator: "\n") {
                    lines.append("    " + line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The stable JSON shape: entries oldest first, with the day they fall on.
    public var json: [JournalEntryJSON] {
        days.flatMap { day in
            day.entries.map {
                JournalEntryJSON(
                    day: day.day.description, at: Timestamp.format($0.at), lessonID: $0.lessonID,
                    lessonTitle: curriculum.lesson(id: $0.lessonID)?.title, text: $0.text)
            }
        }
    }
}

/// One journal entry as `waymark journal --json` prints it.
public struct JournalEntryJSON: Sendable, Encodable, Equatable {
    public var day: String
    public var at: String
    public var lessonID: String
    public var lessonTitle: String?
    public var text: String
}
