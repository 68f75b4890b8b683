/// One value that either machine may have changed since the common version: the
/// rule every "the latest wins" field of the merge follows. A side that left the
/// value as the base had it gives way to a side that changed it; between two
/// changed sides (or two unchanged ones) the larger under `precedes` wins.
///
/// The result is the larger of the two under one fixed order, (how much it
/// changed, then `precedes`), so the merge does not depend on argument order,
/// merging three sides in either grouping gives the same value, and merging a
/// side with itself gives it back. `precedes` must order any two different
/// values one way.
enum ThreeWayValue {
    /// `change`: how far a value moved from the base, 0 for not at all; the
    /// further one wins.
    static func pick<Value: Equatable>(
        _ ours: Value, _ theirs: Value, change: (Value) -> Int, precedes: (Value, Value) -> Bool
    ) -> Value {
        if ours == theirs { return ours }
        let oursChange = change(ours)
        let theirsChange = change(theirs)
        if oursChange != theirsChange { return oursChange > theirsChange ? ours : theirs }
        return precedes(ours, theirs) ? theirs : ours
    }

    /// The common case: changed means different from `base`; nil `base` (the value
    /// is new on both sides) counts every value as changed.
    static func pick<Value: Equatable>(
        base: Value?, _ ours: Value, _ theirs: Value, precedes: (Value, Value) -> Bool
    ) -> Value {
        pick(ours, theirs, change: { base == $0 ? 0 : 1 }, precedes: precedes)
    }
}
