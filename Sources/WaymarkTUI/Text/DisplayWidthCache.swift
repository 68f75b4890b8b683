import WaymarkCore

/// Width of text in terminal columns; ASCII, the common case, takes a fast path.
enum DisplayWidthCache {
    static func width(of text: String) -> Int {
        var ascii = true
        for byte in text.utf8 where byte >= 0x7F || byte < 0x20 {
            ascii = false
            break
        }
        return ascii ? text.utf8.count : DisplayWidth.of(text)
    }
}
