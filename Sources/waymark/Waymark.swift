import ArgumentParser
import Foundation
import WaymarkCore

/// `waymark`: a terminal tutor for learning distributed systems along one of four paths.
@main
struct Waymark: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "A terminal tutor that walks you through a distributed-systems learning path.",
        discussion: """
            With no subcommand, Waymark shows where you stand. Progress is kept in one JSON \
            file (see `waymark status`), keyed by the curriculum's stable ids.

            Examples:
              waymark paths
              waymark start foundation-builder
              waymark show foundation-builder --week 1
              waymark check notes-on-each-law
            """,
        version: version,
        subcommands: [
            Paths.self, Show.self, Status.self, Start.self, Check.self, Uncheck.self, Skip.self, Note.self,
            Validate.self, Export.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        try Status.run(global: global, json: false)
    }
}
