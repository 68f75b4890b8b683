import ArgumentParser

/// Options every command takes: which curriculum, where progress lives.
struct GlobalOptions: ParsableArguments, Locations {
    @Option(name: .long, help: ArgumentHelp("Use the curriculum in DIR instead of the bundled one.", valueName: "DIR"))
    var curriculum: String?

    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Keep progress in DIR (default: $WAYMARK_DATA_DIR, else $XDG_DATA_HOME/waymark, else ~/.local/share/waymark).",
            valueName: "DIR"))
    var dataDirectory: String?
}
