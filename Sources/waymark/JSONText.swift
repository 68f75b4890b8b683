import WaymarkCurriculum

/// JSON for a terminal. JSONEncoder escapes only what JSON requires, so a C1
/// control (U+009B opens a CSI sequence on some terminals) or a bidi override
/// would be printed raw; here each is written as `\uXXXX`, which is the same
/// string to any JSON reader. JSON's own syntax is ASCII, so such a scalar can only
/// stand inside a string.
enum JSONText {
    static func escapingUnsafeScalars(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { UnicodeSafety.classify($0) != .keep || $0.value == 0x7F })
        else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard UnicodeSafety.classify(scalar) != .keep || scalar.value == 0x7F else {
                result.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(result)
    }
}
