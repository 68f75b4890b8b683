/// One value that either machine may have changed since the common version: the
/// rule every "the latest wins" field of the merge follows. A side that left the
/// value as the base had it gives way to a side that changed it; between two
/// changed sides (or two unchanged ones) the larger under `precedes` wins.
///
/// The result is the larger of the two under one fixed order, (changed, then
/// `precedes`), so the merge does not depend on argument order, merging three
/// sides in either grouping gives the same value, and merging a side with itself
/// gives it back. `precedes` must order any two different values one way.
enum ThreeWayValue {
    static func pick<Value: Equatable>(
        _ ours: Value, _ theirs: Value, changed: (Value) -> Bool, precedes: (Value, Value) -> Bool
    ) -> Value {
        if ours == theirs { return ours }
        let oursChanged = changed(ours)
        if oursChanged != changed(theirs) { return oursChanged ? ours : theirs }
        return precedes(ours, theirs) ? theirs : ours
    }

    /// The common case: changed means different from `base`; nil `base` (the value
    /// is new on both sides) counts every value as changed.
    static func pick<Value: Equatable>(
        base: Value?, _ ours: Value, _ theirs: Value, precedes: (Value, Value) -> Bool
    ) -> Value {
        pick(ours, theirs, changed: { base != $0 }, precedes: precedes)
    }
}
