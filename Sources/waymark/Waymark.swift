import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

/// `waymark`: a terminal tutor for learning distributed systems along one of four paths.
@main
struct Waymark: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "A terminal tutor that walks you through a course's learning paths, week by week.",
        discussion: """
            With no subcommand, Waymark opens its full-screen view in a terminal (press ? there \
            for keys); when output is not a terminal it prints the status instead. Progress is \
            kept in one JSON file per course (see `waymark status`), keyed by the course's stable ids.

            Examples:
              waymark paths
              waymark start foundation-builder
              waymark show foundation-builder --week 1
              waymark check notes-on-each-law
              waymark pattern circuit-breaker
              waymark glossary "little's law"
            """,
        version: version,
        subcommands: [
            Paths.self, Show.self, Status.self, Start.self, Check.self, Uncheck.self, Skip.self, Unskip.self, Note.self,
            Rate.self, Validate.self, Export.self, Calc.self, Search.self, Patterns.self, PatternCard.self,
            Select.self, Glossary.self, Cheatsheet.self, Recipe.self, Lessons.self, Read.self, New.self,
            Schema.self, Step.self, Log.self, ReplanCommand.self, Review.self, Today.self,
            Guide.self, Order.self, PortfolioCommand.self, Journal.self, Forget.self, Sync.self,
            MergeProgress.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// A bare `waymark`, the common case, has nothing to parse: it skips the
    /// argument parser, whose reflection over every command took a sixth of the
    /// time to the first frame.
    static func main() {
        // A file-size limit (ulimit -f) makes a save fail with EFBIG, which is reported
        // and loses nothing, instead of killing the process mid-write.
        signal(SIGXFSZ, SIG_IGN)
        guard CommandLine.argc == 1 else { return main(nil) }
        do {
            try open(DefaultLocations())
        } catch {
            exit(withError: error)
        }
    }

    mutating func run() throws {
        try Self.open(global)
    }

    /// The interactive view, or the plain status when not in a terminal.
    static func open(_ locations: some Locations) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            try Status.run(global: locations, json: false)
            Console.error(
                "(Not a terminal, so this is the plain status. Run `waymark` in a terminal for the interactive view.)")
            return
        }
        let curriculum = try locations.loadCurriculum()
        let store = locations.interactiveStore(for: curriculum)
        // Shown in the view's message line, where it is read, rather than printed
        // under a screen that is about to be cleared.
        let notice = try locations.adoptLegacyProgress(store)
        let progress: LearnerProgress
        do {
            progress = try store.load()
        } catch {
            throw Failure(error.description)
        }
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(colour: Console.colourAllowed)
        } catch {
            throw Failure(error.description)
        }
        let ending = InteractiveSession(curriculum: curriculum, store: store, sync: locations.syncHook).run(
            progress: progress, on: terminal, notice: notice)
        if let farewell = ending.farewell { Console.error(farewell) }
        if ending.status != 0 { throw ExitCode(ending.status) }
    }
}
