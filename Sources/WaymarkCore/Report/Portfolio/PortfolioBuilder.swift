import Foundation
import WaymarkCurriculum

/// `waymark portfolio DIR`: the learner's work as a folder of Markdown, ready to
/// publish as a repository or a static site. Pure: the same curriculum, progress
/// and zone give the same bytes, so writing again changes nothing. No page says
/// when it was generated; every date comes from the progress file.
public struct PortfolioBuilder: Sendable {
    public let curriculum: Curriculum
    public let progress: LearnerProgress
    /// The learner's zone, to turn recorded instants into calendar days.
    public let zone: LocalZone

    public init(curriculum: Curriculum, progress: LearnerProgress, zone: LocalZone) {
        self.curriculum = curriculum
        self.progress = progress
        self.zone = zone
    }

    /// Every page, by its path relative to the folder, as UTF-8 with LF endings.
    public var files: [String: [UInt8]] {
        var pages: [String: [String]] = ["index.md": indexPage, "journal.md": journalPage]
        if let path = activePath {
            for deliverable in path.deliverables {
                pages[Self.page(of: deliverable)] = deliverablePage(deliverable, in: path)
            }
        }
        if hasReviews { pages["reviews.md"] = reviewsPage }
        return pages.mapValues { Array(($0.joined(separator: "\n") + "\n").utf8) }
    }

    /// The active path as the learner's plan stands: phases moved by re-plans.
    var activePath: LearningPath? {
        progress.activePath.flatMap { curriculum.path(id: $0) }?.effectivePlan(in: progress)
    }

    var hasReviews: Bool { !progress.reviews.isEmpty }

    /// Where a deliverable's page goes. Curriculum ids are already lowercase kebab
    /// case and unique, so they are the slug; an id that is not (a hand-built
    /// curriculum) gets a cleaned name with a digest suffix, stable and distinct.
    public static func page(of deliverable: Deliverable) -> String {
        "deliverables/\(slug(deliverable.id)).md"
    }

    static func slug(_ id: String) -> String {
        guard !Identifier.isValid(id) else { return id }
        var cleaned = ""
        for scalar in id.lowercased().unicodeScalars.prefix(60) {
            let isWord = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWord {
                cleaned.unicodeScalars.append(scalar)
            } else if !cleaned.isEmpty, !cleaned.hasSuffix("-") {
                cleaned += "-"
            }
        }
        let stem = cleaned.hasSuffix("-") ? String(cleaned.dropLast()) : cleaned
        let suffix = String(SHA256.hex(of: Array(id.utf8)).prefix(8))
        return stem.isEmpty ? "deliverable-\(suffix)" : "\(stem)-\(suffix)"
    }

    /// The calendar day of an instant, in the learner's zone.
    func day(_ date: Date) -> Day { Day(date, in: zone) }

    /// The days a path's week covers, counted from its start date.
    static func days(ofWeeks weeks: WeekRange, from start: Day) -> ClosedRange<Day> {
        start.adding(days: (weeks.first - 1) * 7)...start.adding(days: weeks.last * 7 - 1)
    }

    /// The lesson's title, or its id when the course no longer has it.
    func lessonTitle(_ id: String) -> String {
        curriculum.lesson(id: id)?.title ?? "Lesson \(id)"
    }

    /// " on 2026-11-20" for a state reached that day; " since" one still going on.
    static func when(_ state: DeliverableState, _ day: Day) -> String {
        state == .inProgress ? " since \(day)" : " on \(day)"
    }

    /// "once", "twice", "3 times".
    static func times(_ count: Int) -> String {
        switch count {
        case 1: return "once"
        case 2: return "twice"
        default: return "\(count) times"
        }
    }

    /// "1 entry", "2 entries".
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
