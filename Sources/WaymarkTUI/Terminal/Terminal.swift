/// What the interactive session needs from a terminal. `NCursesTerminal` is the
/// real one; tests drive the session through the pure `update` instead.
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Copies a frame to the screen; the terminal library sends only what changed.
    func draw(_ frame: Frame)
    /// The next key, resize or signal; nil when `timeout` milliseconds pass quietly.
    func nextEvent(timeout milliseconds: Int32) -> TerminalEvent?
    /// Restores the terminal to how it was found.
    func shutdown()
}

public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)
}

/// Why the interactive view cannot start; each says what to do instead.
public enum TerminalError: Error, CustomStringConvertible {
    case unusableTerm(String?)

    public var description: String {
        switch self {
        case .unusableTerm(let term):
            let name = term.map { "'\($0)'" } ?? "not set"
            return "Waymark's interactive view needs a terminal it can draw on, but TERM is \(name). "
                + "Set TERM (for example TERM=xterm-256color), or use the plain commands: waymark status."
        }
    }
}
