import WaymarkCore
import WaymarkCurriculum

/// Width of text in terminal columns, with a fast path for ASCII, the common case.
enum ColumnWidth {
    static func width(of text: String) -> Int {
        var ascii = true
        for byte in text.utf8 where byte >= 0x7F || byte < 0x20 {
            ascii = false
            break
        }
        return ascii ? text.utf8.count : DisplayWidth.of(text)
    }
}
