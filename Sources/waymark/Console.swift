import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Plain output for the non-interactive commands: colour only on a terminal and
/// never with NO_COLOR set (https://no-color.org).
enum Console {
    /// False when NO_COLOR is set to anything non-empty.
    static var colourAllowed: Bool {
        Environment.value("NO_COLOR").map(\.isEmpty) ?? true
    }

    static var style: TextStyle {
        let colour =
            isatty(STDOUT_FILENO) == 1 && colourAllowed && Environment.value("TERM") != "dumb"
        guard colour else { return .plain }
        return TextStyle(
            strong: { "\u{1B}[1m\($0)\u{1B}[22m" }, dim: { "\u{1B}[2m\($0)\u{1B}[22m" },
            good: { "\u{1B}[32m\($0)\u{1B}[39m" }, warning: { "\u{1B}[33m\($0)\u{1B}[39m" })
    }

    static func print(_ text: String) {
        Swift.print(text)
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
