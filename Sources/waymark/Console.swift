import Foundation
import WaymarkCore
import WaymarkCurriculum

#if canImport(Glibc)
    import Glibc
#endif

/// Plain output for the non-interactive commands: colour only on a terminal and
/// never with NO_COLOR set (https://no-color.org). Everything printed passes through
/// the sanitiser here, whatever the report did, so no byte from a curriculum or
/// progress file can drive the terminal; and every write is checked, so a full disk
/// is an error rather than a silent, empty export.
enum Console {
    /// False when NO_COLOR is set to anything non-empty.
    static var colourAllowed: Bool {
        Environment.value("NO_COLOR").map(\.isEmpty) ?? true
    }

    static let isStyled = isatty(STDOUT_FILENO) == 1 && colourAllowed && Environment.value("TERM") != "dumb"

    static var style: TextStyle {
        guard isStyled else { return .plain }
        return TextStyle(
            strong: { "\u{1B}[1m\($0)\u{1B}[22m" }, dim: { "\u{1B}[2m\($0)\u{1B}[22m" },
            good: { "\u{1B}[32m\($0)\u{1B}[39m" }, warning: { "\u{1B}[33m\($0)\u{1B}[39m" })
    }

    /// Prints `text` and a newline to standard output, or to `fd` (a pager's input),
    /// styled as standard output is.
    static func print(_ text: String, to fd: Int32 = STDOUT_FILENO) throws {
        try write((isStyled ? StyledText.sanitized(text) : text.sanitizedForDisplay) + "\n", to: fd)
    }

    /// Pretty JSON with sorted keys. Scalars the sanitiser would not show (C1
    /// controls, bidi overrides) are written as `\u` escapes: the same string to a
    /// JSON reader, and inert in a terminal.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        try write(JSONText.escapingUnsafeScalars(text) + "\n", to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        try? write(text.sanitizedForDisplay + "\n", to: STDERR_FILENO)
    }

    /// Every byte, or a `Failure` that says why not (a full disk, a closed pipe).
    private static func write(_ text: String, to fd: Int32) throws {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure {
            throw Failure("Could not write the output: \(String(cString: strerror(failure))).")
        }
        // On a terminal, wait until the text has left for it: a process that exits
        // at once can otherwise lose the tail of a long page in a pseudo-terminal.
        if isatty(fd) == 1 { tcdrain(fd) }
    }
}
