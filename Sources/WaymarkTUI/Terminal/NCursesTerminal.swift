import CNCursesW
import Foundation

/// The one file that talks to ncurses: set-up and tear-down, drawing a `Frame`,
/// and turning input into `TerminalEvent`s. Everything else is plain Swift.
public final class NCursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let colour: Bool
    private var isShutDown = false
    /// What is on the screen now, so a redraw hands ncurses only the rows that changed.
    private var shown: Frame?

    /// Starts curses on the controlling terminal. `colour` false honours NO_COLOR:
    /// styles then come from bold, dim and reverse alone.
    public init(colour: Bool) throws(TerminalError) {
        setlocale(LC_ALL, "")
        if wm_codeset_is_utf8() == 0 {
            // Without a UTF-8 locale wide characters vanish; C.UTF-8 is always there.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let term = ProcessInfo.processInfo.environment["TERM"]
        guard let term, !term.isEmpty, term != "dumb" else { throw .unusableTerm(term) }
        wm_install_signal_handlers()
        guard let screen = wm_newterm() else { throw .unusableTerm(term) }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(wm_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        self.colour = colour && has_colors()
        if self.colour {
            start_color()
            use_default_colors()
            for (role, colour) in Self.palette { init_pair(Self.pair(for: role), colour, -1) }
        }
    }

    deinit { shutdown() }

    public var width: Int { Int(wm_cols()) }
    public var height: Int { Int(wm_lines()) }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
        delscreen(screen)
    }

    // MARK: - Drawing

    private static let palette: [(CellStyle.Role, Int16)] = [
        (.accent, Int16(COLOR_CYAN)), (.heading, Int16(COLOR_CYAN)), (.good, Int16(COLOR_GREEN)),
        (.warning, Int16(COLOR_YELLOW)), (.code, Int16(COLOR_MAGENTA)),
    ]

    private static func pair(for role: CellStyle.Role) -> Int16 {
        switch role {
        case .normal, .muted: return 0
        case .accent: return 1
        case .heading: return 2
        case .good: return 3
        case .warning: return 4
        case .code: return 5
        }
    }

    private func attributes(_ style: CellStyle) -> attr_t {
        var attributes: attr_t = 0
        if style.bold { attributes |= wm_attr_bold() }
        if style.dim { attributes |= wm_attr_dim() }
        if style.italic { attributes |= wm_attr_italic() }
        if style.underline { attributes |= wm_attr_underline() }
        if style.reverse { attributes |= wm_attr_reverse() }
        if colour { attributes |= wm_color_pair(Self.pair(for: style.role)) }
        return attributes
    }

    /// Draws runs of equally styled ASCII cells. Every other glyph is drawn on its
    /// own at its exact column, so a disagreement with the C library about a
    /// character's width can never shift the rest of the row.
    public func draw(_ frame: Frame) {
        // ncurses already sends only changed cells to the terminal; skipping rows that
        // did not change also spares building and passing every cell of a large screen.
        let sameSize = shown.map { $0.width == frame.width && $0.height == frame.height } ?? false
        let previous = sameSize && frame.width == width && frame.height == height ? shown : nil
        if previous == nil { wm_erase() }
        shown = frame
        let columns = min(frame.width, width)
        var text: [wchar_t] = []
        text.reserveCapacity(columns + 1)
        for y in 0..<min(frame.height, height) {
            if let previous, frame.row(y, equals: previous) { continue }
            var x = 0
            while x < columns {
                if frame[x, y].continuation {
                    x += 1
                    continue
                }
                let start = x
                let style = frame[x, y].style
                text.removeAll(keepingCapacity: true)
                while x < columns, !frame[x, y].continuation, frame[x, y].style == style {
                    let cell = frame[x, y]
                    let isASCII = cell.text.utf8.allSatisfy { $0 < 0x80 }
                    if !isASCII && !text.isEmpty { break }
                    for scalar in cell.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                    x += 1
                    if !isASCII { break }
                }
                text.append(0)
                wm_attrset(attributes(style))
                _ = wm_move_addwstr(Int32(y), Int32(start), text)
            }
        }
        wm_attrset(0)
        wm_refresh()
    }

    // MARK: - Input

    public func nextEvent(timeout milliseconds: Int32) -> TerminalEvent? {
        let signal = wm_take_pending_signal()
        if signal != 0 { return .signal(signal) }
        wtimeout(wm_stdscr(), milliseconds)
        var character: wint_t = 0
        let result = wget_wch(wm_stdscr(), &character)
        let pending = wm_take_pending_signal()
        if pending != 0 { return .signal(pending) }
        switch result {
        case KEY_CODE_YES:
            if Int32(character) == KEY_RESIZE { return .resize(width: width, height: height) }
            return Self.functionKey(Int32(character)).map(TerminalEvent.key)
        case OK:
            return Self.characterKey(UInt32(character)).map(TerminalEvent.key)
        default:
            // ERR is a quiet timeout, unless the terminal is gone: then end the
            // session as a hang-up would (every change is already saved).
            return wm_input_hung_up() != 0 ? .signal(SIGHUP) : nil
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        default: return nil
        }
    }

    private static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
