import CNCursesW
import Foundation
import WaymarkCore

/// The one file that talks to ncurses: set-up and tear-down, drawing a `Frame`,
/// and turning input into `TerminalEvent`s. Everything else is plain Swift.
public final class NCursesTerminal: Terminal {
    private let screen: OpaquePointer
    /// An empty cell in each of the 256 packed styles, with its attributes and
    /// colour pair worked out once: drawing a cell only fills in its characters.
    private let styledCells: [cchar_t]
    private var isShutDown = false
    /// What is on the screen now, so a redraw hands ncurses only what changed.
    private var shown: Frame?

    /// Starts curses on the controlling terminal. `colour` false honours NO_COLOR:
    /// styles then come from bold, dim and reverse alone.
    public init(colour: Bool) throws(TerminalError) {
        setlocale(LC_ALL, "")
        if wm_codeset_is_utf8() == 0 {
            // Without a UTF-8 locale wide characters vanish; C.UTF-8 is always there.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let term = Environment.value("TERM")
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
        let colour = colour && has_colors()
        if colour {
            start_color()
            use_default_colors()
            for (role, colour) in Self.palette { init_pair(Self.pair(for: role), colour, -1) }
        }
        styledCells = (0...UInt8.max).map { Self.emptyCell(CellStyle(packed: $0), colour: colour) }
        // Until curses mode has been left and entered again, ncurses 6.4 flushes its
        // output at every cursor movement: a redraw took a write(2) per changed line.
        // Doing so once, before anything is drawn, makes each redraw a single write.
        endwin()
        wm_refresh()
        // Nor poll the keyboard every five lines of a redraw: ncurses 6.4 never cuts
        // one short for a waiting key, it only writes out what it has so far.
        typeahead(-1)
        wm_enable_bracketed_paste()
    }

    /// Whether a signal is waiting for the input loop (for waits elsewhere to end early).
    public static let signalPending: @Sendable () -> Bool = { wm_signal_pending() != 0 }

    deinit { shutdown() }

    public var width: Int { Int(wm_cols()) }
    public var height: Int { Int(wm_lines()) }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
        wm_disable_bracketed_paste()
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

    private static func emptyCell(_ style: CellStyle, colour: Bool) -> cchar_t {
        var cell = cchar_t()
        if style.bold { cell.attr |= wm_attr_bold() }
        if style.dim { cell.attr |= wm_attr_dim() }
        if style.italic { cell.attr |= wm_attr_italic() }
        if style.underline { cell.attr |= wm_attr_underline() }
        if style.reverse { cell.attr |= wm_attr_reverse() }
        if colour {
            cell.attr |= wm_color_pair(pair(for: style.role))
            cell.ext_color = Int32(pair(for: style.role))
        }
        return cell
    }

    /// Draws what changed since the last frame (see `Frame.changes`), or the whole
    /// frame on a cleared screen when there is no last frame of this size. Each
    /// change goes to ncurses as one array of styled cells, which it copies as
    /// they are, rather than as text it would parse a character at a time.
    public func draw(_ frame: Frame) {
        let fits = frame.width == width && frame.height == height
        let previous = shown.flatMap { $0.width == frame.width && $0.height == frame.height && fits ? $0 : nil }
        if previous == nil { wm_erase() }
        shown = frame
        var cells: [cchar_t] = []
        cells.reserveCapacity(frame.width)
        for change in frame.changes(since: previous, columns: width, rows: height) {
            var x = change.x
            frame.forEachGlyph(in: change) { glyph in
                let cell = self.cell(glyph)
                // ncurses places each cell by the C library's idea of its width; a
                // glyph whose width it sees otherwise is drawn alone at its own
                // column, so the disagreement cannot shift the rest of the row.
                if glyph.scalar.isASCII || max(1, wm_wcwidth(cell.chars.0)) == glyph.width {
                    cells.append(cell)
                    return
                }
                Self.put(cells, y: change.y, x: x)
                Self.put([cell], y: change.y, x: glyph.x)
                cells.removeAll(keepingCapacity: true)
                x = glyph.x + glyph.width
            }
            Self.put(cells, y: change.y, x: x)
            cells.removeAll(keepingCapacity: true)
        }
        wm_refresh()
    }

    private func cell(_ glyph: Frame.Glyph) -> cchar_t {
        var cell = styledCells[Int(glyph.packedStyle)]
        guard let cluster = glyph.cluster else {
            cell.chars.0 = wchar_t(bitPattern: glyph.scalar.value)
            return cell
        }
        // A base character and what combines with it, as many as a cell holds.
        withUnsafeMutableBytes(of: &cell.chars) { chars in
            for (index, scalar) in cluster.unicodeScalars.prefix(Int(CCHARW_MAX)).enumerated() {
                chars.storeBytes(
                    of: wchar_t(bitPattern: scalar.value), toByteOffset: index * MemoryLayout<wchar_t>.stride,
                    as: wchar_t.self)
            }
        }
        return cell
    }

    private static func put(_ cells: [cchar_t], y: Int, x: Int) {
        guard !cells.isEmpty else { return }
        _ = wm_move_add_cells(Int32(y), Int32(x), cells, Int32(cells.count))
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
            if Int32(character) == wm_key_paste_start() { return readPaste() }
            return Self.functionKey(Int32(character)).map(TerminalEvent.key)
        case OK:
            // Esc and a key at once is Alt plus that key (Alt-B, Alt-Enter); Esc alone waits.
            if character == 27, let next = readAtOnce(), let key = Self.characterKey(next) {
                switch key {
                case .character(let typed): return .key(.alt(typed))
                case .enter: return .key(.alt("\n"))
                default: return .key(key)
                }
            }
            return Self.characterKey(UInt32(character)).map(TerminalEvent.key)
        default:
            // ERR is a quiet timeout, unless the terminal is gone: then end the
            // session as a hang-up would (every change is already saved).
            return wm_input_hung_up() != 0 ? .signal(SIGHUP) : nil
        }
    }

    /// A character already waiting, or nil: no waiting at all.
    private func readAtOnce() -> UInt32? {
        wtimeout(wm_stdscr(), 0)
        var next: wint_t = 0
        let result = wget_wch(wm_stdscr(), &next)
        return result == OK ? UInt32(next) : nil
    }

    /// Everything up to the end-of-paste mark, as one key. Bounded in size and in
    /// time, so a terminal that never sends the end mark cannot hold the view.
    private func readPaste() -> TerminalEvent? {
        var text = String.UnicodeScalarView()
        var quietReads = 0
        while text.count < 65_536, quietReads < 10 {
            wtimeout(wm_stdscr(), 50)
            var next: wint_t = 0
            let result = wget_wch(wm_stdscr(), &next)
            if wm_signal_pending() != 0 { break }
            if result == KEY_CODE_YES {
                if Int32(next) == wm_key_paste_end() { break }
                continue
            }
            guard result == OK else {
                quietReads += 1
                continue
            }
            quietReads = 0
            if let scalar = Unicode.Scalar(UInt32(next)) { text.append(scalar) }
        }
        return .key(.paste(String(text)))
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
        case KEY_DC: return .delete
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
