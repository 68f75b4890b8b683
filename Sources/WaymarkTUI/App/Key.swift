/// A key press, as the terminal adapter reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, delete
    /// Ctrl plus a letter, e.g. `.control("u")`.
    case control(Character)
    /// Alt (or Esc) plus a key, e.g. `.alt("b")`; Alt-Enter is `.alt("\n")`.
    case alt(Character)
    /// Text pasted in one piece (bracketed paste): text, never commands.
    case paste(String)

    /// How the help overlay names the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .delete: return "Delete"
        case .alt("\n"): return "Alt-Enter"
        case .alt(let c): return "Alt-\(c.uppercased())"
        case .paste: return "paste"
        }
    }
}
