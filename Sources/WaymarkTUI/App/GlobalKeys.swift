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
        KeyBinding([.character("e")], .lessons, "every lesson"),
        KeyBinding([.escape, .left, .character("h"), .backspace], .back, "back", inFooter: true),
        KeyBinding([.character("?")], .help, "help", inFooter: true),
        KeyBinding([.character("q")], .quit, "quit", inFooter: true),
    ]

    public static let all = movement + navigation

    /// Every binding that applies on `screen`, its own first: what `?` lists.
    public static func bindings(on screen: Screen) -> [KeyBinding] {
        let own = screen.keys
        let taken = Set(own.flatMap(\.keys))
        return own + all.filter { !$0.keys.allSatisfy(taken.contains) }
    }

    /// The command a key means on `screen`: its own bindings win.
    public static func command(for key: Key, on screen: Screen) -> Command? {
        screen.keys.command(for: key) ?? all.command(for: key)
    }
}
