/// Ids are the stable keys that progress is stored under, so their syntax is strict:
/// lowercase kebab-case, e.g. `notes-on-each-law`.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 80 else { return false }
        var previousWasHyphen = true  // no leading hyphen
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    static let syntaxHint = "ids are lowercase letters and digits joined by single hyphens, e.g. notes-on-each-law"
}
