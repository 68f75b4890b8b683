extension String {
    /// Cut or padded with spaces to `length` characters: what Foundation's
    /// `padding(toLength:withPad:startingAt:)` gives labels, without its bridge through
    /// NSString, whose first use cost a returning learner's first frame a twentieth.
    public func padded(to length: Int) -> String {
        let count = count
        if count >= length { return String(prefix(length)) }
        return self + String(repeating: " ", count: length - count)
    }
}
