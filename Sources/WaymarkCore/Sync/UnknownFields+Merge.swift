extension UnknownFields {
    /// Fields a newer Waymark (or a hand edit) added, from both sides: every key of
    /// either is kept; a key both have with different values takes the value that
    /// changed from the base, else the one whose JSON text sorts last.
    static func merged(base: UnknownFields?, _ ours: UnknownFields, _ theirs: UnknownFields) -> UnknownFields {
        if ours == theirs { return ours }
        var values = ours.values
        for (key, value) in theirs.values {
            guard let mine = values[key] else {
                values[key] = value
                continue
            }
            values[key] = ThreeWayValue.pick(base: base?.values[key], mine, value) { lhs, rhs in
                lhs.encodedBytes.lexicographicallyPrecedes(rhs.encodedBytes)
            }
        }
        return UnknownFields(values)
    }
}
