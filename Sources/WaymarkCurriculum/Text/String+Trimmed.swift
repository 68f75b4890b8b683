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

extension StringProtocol {
    /// Without leading and trailing horizontal space (see `isHorizontalSpace`):
    /// what Foundation's `trimmingCharacters(in: .whitespaces)` removes, without
    /// its bridge through NSString, whose first use cost a returning learner's
    /// first frame about a twentieth of its time.
    public var trimmedOfSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHorizontalSpace }),
            let last = scalars.lastIndex(where: { !$0.isHorizontalSpace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// In Foundation's `CharacterSet.whitespaces`: the tab, the space separators
    /// (Unicode category Zs), and the zero-width space, which Foundation's tables
    /// still count as one.
    public var isHorizontalSpace: Bool {
        self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }
}
