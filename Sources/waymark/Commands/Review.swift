import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

extension ReviewRating: ExpressibleByArgument {}

extension Waymark {
    /// `waymark review`: the self-check cards due, and answering one from a script.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "List the self-check cards due for review, or record an answer to one.",
            discussion: """
                Every self-check question of a lesson you have read is a card, scheduled by FSRS-6. \
                A card never reviewed is due at once. Times are ISO-8601 with a zone.

                Examples:
                  waymark review
                  waymark review --all --json
                  waymark review answer littles-law#0a1b2c3d good
                """,
            subcommands: [List.self, Answer.self],
            defaultSubcommand: List.self)

        /// The deck of read lessons and its schedule at `now`.
        static func agenda(_ global: GlobalOptions, at now: Date) throws -> (Curriculum, ReviewAgenda) {
            let curriculum = try global.loadCurriculum()
            let progress = try global.loadProgress(for: curriculum)
            let deck = ReviewCard.deck(of: curriculum, readLessons: progress.lessonsRead)
            return (curriculum, ReviewAgenda(deck: deck, progress: progress, at: now))
        }

        static func timestamp(_ date: Date) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
    }
}

extension Waymark.Review {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the cards due now (the default).")

        @Flag(help: "Every card of every read lesson, due or not.")
        var all = false

        @Flag(help: "Print JSON: [{card, lesson, question, checked, due, stability, difficulty, reviews}].")
        var json = false

        @OptionGroup var global: GlobalOptions

        /// One card as `--json` prints it; nil stability and difficulty print as null.
        struct Row: Encodable {
            var card: String
            var lesson: String
            var question: String
            var checked: Bool
            var due: String
            var stability: Double?
            var difficulty: Double?
            var reviews: Int

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(card, forKey: .card)
                try container.encode(lesson, forKey: .lesson)
                try container.encode(question, forKey: .question)
                try container.encode(checked, forKey: .checked)
                try container.encode(due, forKey: .due)
                try container.encode(stability, forKey: .stability)
                try container.encode(difficulty, forKey: .difficulty)
                try container.encode(reviews, forKey: .reviews)
            }

            enum Keys: String, CodingKey { case card, lesson, question, checked, due, stability, difficulty, reviews }
        }

        func run() throws {
            let now = Date()
            let (curriculum, agenda) = try Waymark.Review.agenda(global, at: now)
            let entries = all ? agenda.entries : agenda.due
            if json {
                try Console.printJSON(
                    entries.map {
                        Row(
                            card: $0.card.id, lesson: $0.card.lessonID, question: $0.card.check.question,
                            checked: $0.card.check.key != nil, due: Waymark.Review.timestamp($0.due),
                            stability: $0.memory?.stability, difficulty: $0.memory?.difficulty, reviews: $0.reviews)
                    })
                return
            }
            guard !entries.isEmpty else {
                if agenda.entries.isEmpty {
                    try Console.print("No cards yet: read a lesson and its self-check questions become cards.")
                } else if let next = agenda.nextDue {
                    try Console.print(
                        "Nothing due. The next card is due \(ReviewAgenda.describe(due: next, from: now)).")
                }
                return
            }
            var lines: [String] = []
            for entry in entries {
                let title = curriculum.lessons[entry.card.lessonID]?.title ?? entry.card.lessonID
                lines.append(entry.card.check.question)
                lines.append(
                    "  \(title) · \(ReviewAgenda.describe(due: entry.due, from: now)) · \(entry.card.id)")
            }
            try Console.print(lines.joined(separator: "\n"))
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "answer",
            abstract: "Record an answer to a card: again, hard, good or easy.",
            discussion: """
                Examples:
                  waymark review answer littles-law#0a1b2c3d good
                  waymark review answer littles-law#0a1b2c3d again --at 2026-03-01T09:30:00+01:00 --json
                """)

        @Argument(help: "The card id, as `waymark review --all` lists it.")
        var card: String

        @Argument(help: "again, hard, good or easy.")
        var rating: ReviewRating

        @Option(help: "When it was answered, ISO-8601 with a zone (default: now).")
        var at: String?

        @Flag(help: "Print JSON: {card, rating, reviewedAt, due, stability, difficulty}.")
        var json = false

        @OptionGroup var global: GlobalOptions

        /// An ISO-8601 time that names its zone, with or without fractions of a second.
        static func parse(_ text: String) -> Date? {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            if let date = formatter.date(from: text) { return date }
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.date(from: text)
        }

        struct Printed: Encodable {
            var card: String
            var rating: ReviewRating
            var reviewedAt: String
            var due: String
            var stability: Double
            var difficulty: Double
        }

        func run() throws {
            var now = Date()
            if let at {
                guard let parsed = Self.parse(at) else {
                    Console.error(
                        "Error: --at '\(at.sanitizedLine)' is not an ISO-8601 time with a zone, e.g. 2026-03-01T09:30:00Z."
                    )
                    // A usage error, as `calc` reports one: status 2.
                    throw ExitCode(2)
                }
                now = parsed
            }
            let (curriculum, agenda) = try Waymark.Review.agenda(global, at: now)
            guard let entry = agenda.entry(id: card) else {
                let close = Suggestion.closest(to: card, among: agenda.entries.map(\.card.id).sorted(), limit: 5)
                let hint =
                    close.isEmpty ? "List them with: waymark review --all" : "Closest: \(close.joined(separator: ", "))"
                throw Failure("There is no review card '\(card.sanitizedLine)'. \(hint)")
            }
            let record = ReviewLog.answer(entry.card.id, rating, at: now, after: entry.memory)
            _ = try global.save(.answerReview(record), for: curriculum)
            let printed = Printed(
                card: record.card, rating: record.rating, reviewedAt: Waymark.Review.timestamp(record.at),
                due: Waymark.Review.timestamp(record.due), stability: record.stability, difficulty: record.difficulty)
            if json {
                try Console.printJSON(printed)
            } else {
                try Console.print(
                    "Answered \(record.card) \(rating.rawValue); next due \(printed.due) "
                        + "(\(ReviewAgenda.describe(due: record.due, from: now))).")
            }
        }
    }
}
