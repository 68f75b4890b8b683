extension Character {
    /// This is the one-byte character `ascii`, compared by its bytes: comparing
    /// Characters goes through Unicode normalisation, a third of laying out a lesson.
    func isSingleByte(_ ascii: Unicode.Scalar) -> Bool {
        utf8.count == 1 && utf8.first == UInt8(ascii: ascii)
    }
}
