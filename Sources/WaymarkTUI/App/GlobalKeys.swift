/// Keys that mean the same on every screen. A screen's own table is searched
/// first, so it may take one of these keys for itself (the reader's Space pages).
public enum GlobalKeys {
    /// Moving through a list or a text.
    public static let movement: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .up, "move up"),
        KeyBinding([.down, .character("j")], .down, "move down"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.pageDown], .pageDown, "page down"),
        KeyBinding([.character("g"), .home], .first, "first item / top"),
        KeyBinding([.character("G"), .end], .last, "last item / bottom"),
    ]

    /// Ways out, always in the footer so the way to everything else is never hidden.
    public static let navigation: [KeyBinding] = [
        KeyBinding([.character("p")], .pathPicker, "paths"),
        KeyBinding([.character("/")], .search, "search everything"),
        KeyBinding([.character("L")], .library, "reference library"),
        KeyBinding([.character("K")], .calculators, "calculators"),
        KeyBinding([.character("e")], .lessons, "every lesson"),
        KeyBinding([.character("v")], .review, "review due cards"),
        KeyBinding([.character("T")], .today, "today"),
        KeyBinding([.character("o")], .guide, "guide and reading orders"),
        // In the footer once a remote is set; without a way to sync, not shown at all (see `Chrome`).
        KeyBinding([.character("S")], .sync, "sync progress", inFooter: true),
        KeyBinding([.escape, .left, .character("h"), .backspace], .back, "back", inFooter: true),
        KeyBinding([.character("?")], .help, "help", inFooter: true),
        KeyBinding([.character("q")], .quit, "quit", inFooter: true),
    ]

    public static let all = movement + navigation

    /// Every binding that applies on `screen`, its own first: what `?` lists. A
    /// shared binding shows only the keys still free there: not those the screen
    /// binds itself, nor, on a screen that takes text, the keys that type or edit.
    public static func bindings(on screen: Screen) -> [KeyBinding] {
        let own = screen.keys
        let taken = Set(own.flatMap(\.keys))
        return own
            + all.compactMap { binding in
                var free = binding
                free.keys = binding.keys.filter { !taken.contains($0) && !isText($0, on: screen) }
                return free.keys.isEmpty ? nil : free
            }
    }

    /// The command a key means on `screen`: its own bindings win; then, on a screen
    /// that takes text, every text and editing key is text; then the shared keys.
    public static func command(for key: Key, on screen: Screen) -> Command? {
        if let command = screen.keys.command(for: key) { return command }
        if isText(key, on: screen) { return .edit(key) }
        return all.command(for: key)
    }

    private static func isText(_ key: Key, on screen: Screen) -> Bool {
        screen.takesText && LineEditor.Edit(key) != nil
    }
}
