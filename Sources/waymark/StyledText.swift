import WaymarkCurriculum

/// Output with Console's own colour codes in it. The codes are kept; everything
/// else is sanitised, so an escape sequence that came from a file (even one that
/// looks like ours) is shown as text, never obeyed... unless it is exactly one of
/// the six harmless SGR codes below, which only change colour or weight.
enum StyledText {
    /// The SGR parameters `Console.style` writes: bold, dim, normal weight, green,
    /// yellow, default colour.
    static let allowed: Set<String> = ["1", "2", "22", "32", "33", "39"]

    static func sanitized(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            result += String(rest[..<escape]).sanitizedForDisplay
            let afterEscape = rest.index(after: escape)
            if let code = sgrParameter(rest[afterEscape...]), allowed.contains(String(code)) {
                let end = rest.index(code.endIndex, offsetBy: 1)
                result += rest[escape..<end]
                rest = rest[end...]
            } else {
                result += "\u{1B}".sanitizedForDisplay
                rest = rest[afterEscape...]
            }
        }
        return result + String(rest).sanitizedForDisplay
    }

    /// The digits of `[DIGITS m` at the start of `text`.
    private static func sgrParameter(_ text: Substring) -> Substring? {
        guard text.first == "[" else { return nil }
        let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.endIndex < text.endIndex, text[digits.endIndex] == "m" else { return nil }
        return digits
    }
}
