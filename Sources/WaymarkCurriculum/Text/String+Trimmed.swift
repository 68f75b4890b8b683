extension StringProtocol {
    /// Without leading and trailing whitespace (newlines included). Pure Swift:
    /// Foundation's `trimmingCharacters(in:)` bridges through NSString, and the
    /// loader calls this for every value of every file.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
