import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

/// What every deliverable command shares: the id argument and its lookup.
struct DeliverableArgument: ParsableArguments {
    @Argument(help: "The deliverable id, as `waymark show PATH` lists it.")
    var id: String

    func resolve(in curriculum: Curriculum) throws -> (path: LearningPath, phase: Phase, deliverable: Deliverable) {
        if let found = curriculum.deliverable(id: id) { return found }
        if curriculum.criterion(id: id) != nil {
            throw Failure(
                "'\(id)' is a success criterion, not a deliverable. Rate it with: waymark rate \(id) 1|2|3")
        }
        let close = Suggestion.closest(to: id, among: curriculum.allDeliverableIDs, limit: 5)
        let hint =
            close.isEmpty
            ? "List them with: waymark show PATH"
            : "Closest: \(close.joined(separator: ", "))"
        throw Failure("There is no deliverable '\(id.sanitizedLine)'. \(hint)")
    }
}

extension Waymark {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Mark a deliverable done.",
            discussion: "Example:\n  waymark check notes-on-each-law")
        @OptionGroup var deliverable: DeliverableArgument
        @OptionGroup var global: GlobalOptions
        func run() throws { try setState(.done, deliverable, global) }
    }

    struct Uncheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "uncheck",
            abstract: "Mark a deliverable not done (its note is kept).",
            discussion: "Example:\n  waymark uncheck notes-on-each-law")
        @OptionGroup var deliverable: DeliverableArgument
        @OptionGroup var global: GlobalOptions
        func run() throws { try setState(.todo, deliverable, global) }
    }

    struct Skip: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "skip",
            abstract: "Mark a deliverable skipped: resolved for pacing, but not done.",
            discussion: "Example:\n  waymark skip capacity-plan-for-toy-system")
        @OptionGroup var deliverable: DeliverableArgument
        @OptionGroup var global: GlobalOptions
        func run() throws { try setState(.skipped, deliverable, global) }
    }

    struct Unskip: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unskip",
            abstract: "Take a skipped deliverable back into the plan (to do again).",
            discussion: "Example:\n  waymark unskip capacity-plan-for-toy-system")
        @OptionGroup var deliverable: DeliverableArgument
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let curriculum = try global.loadCurriculum()
            let found = try deliverable.resolve(in: curriculum)
            let state = try global.loadProgress(for: curriculum).state(of: found.deliverable.id)
            guard state == .skipped else {
                throw Failure("\(found.deliverable.title) is not skipped; it is \(state.label).")
            }
            try setState(.todo, deliverable, global)
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: "Attach a note to a deliverable (an empty TEXT removes it).",
            discussion: """
                The rest of the line is the note, quoted or not.

                Examples:
                  waymark note implement-one-pattern Circuit breaker in Go, see repo/cb
                  waymark note implement-one-pattern ""
                """)
        @OptionGroup var deliverable: DeliverableArgument
        @Argument(parsing: .allUnrecognized, help: "The note: every word after the id.") var words: [String] = []
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let curriculum = try global.loadCurriculum()
            let found = try deliverable.resolve(in: curriculum)
            let text = words.joined(separator: " ")
            let progress = try global.save(
                .setNote(deliverableID: found.deliverable.id, text, at: Date()), for: curriculum)
            let note = progress.deliverables[found.deliverable.id]?.note
            try Console.print(
                note == nil ? "Removed the note on \(found.deliverable.title)." : "Noted on \(found.deliverable.title)."
            )
        }
    }
}

private func setState(_ state: DeliverableState, _ argument: DeliverableArgument, _ global: some Locations) throws {
    let curriculum = try global.loadCurriculum()
    let found = try argument.resolve(in: curriculum)
    let progress = try global.save(.setState(deliverableID: found.deliverable.id, state, at: Date()), for: curriculum)
    let standing = PathStanding(path: found.path, progress: progress, today: .today())
    try Console.print(
        "\(state.checkbox) \(found.deliverable.title) — \(state.label). "
            + "\(found.path.title): \(standing.done)/\(standing.total) done.")
}
