import Foundation

/// Lists that only grow, one entry per thing that happened: review answers, study
/// time, journal entries, re-plans, a criterion's ratings. Two machines' lists
/// merge by union: every entry of either side is in the result, once.
///
/// An entry is known by its time and its bytes (the whole record, or for a rating
/// the rating itself, since its evidence can be edited), and by which occurrence
/// of those it is in its list, so two equal entries on one side stay two. Lists
/// that differ merge into one order, whichever copies are merged first: the base's
/// entries as the base had them (for ratings the order is the history, and clocks
/// go backwards), then the new entries in order of time, then bytes.
enum MergedLog {
    /// An entry's place in the merge.
    struct Identity: Hashable, Comparable {
        let at: Double
        let bytes: [UInt8]
        /// 0 for the first entry with this time and these bytes in its list, 1 for the next.
        let occurrence: Int

        static func < (lhs: Identity, rhs: Identity) -> Bool {
            if lhs.at != rhs.at { return lhs.at < rhs.at }
            if lhs.bytes != rhs.bytes { return lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
            return lhs.occurrence < rhs.occurrence
        }
    }

    /// `list` with each entry's identity, in the list's order.
    static func identified<Element>(
        _ list: [Element], by identity: (Element) -> (at: Date, bytes: [UInt8])
    ) -> [(identity: Identity, element: Element)] {
        var seen: [Identity: Int] = [:]
        return list.map { element in
            let (at, bytes) = identity(element)
            let first = Identity(at: at.timeIntervalSince1970, bytes: bytes, occurrence: 0)
            let occurrence = seen[first, default: 0]
            seen[first] = occurrence + 1
            return (Identity(at: first.at, bytes: bytes, occurrence: occurrence), element)
        }
    }

    /// Every entry of `ours` and `theirs`; an entry on both sides is `combine`d
    /// (which must not depend on which side is which).
    static func union<Element>(
        _ ours: [Element], _ theirs: [Element], base: [Element]?,
        by identity: (Element) -> (at: Date, bytes: [UInt8]), combine: (Identity, Element, Element) -> Element
    ) -> [Element] {
        let oursIdentified = identified(ours, by: identity)
        let theirsIdentified = identified(theirs, by: identity)
        let oursOrder = oursIdentified.map(\.identity)
        let theirsOrder = theirsIdentified.map(\.identity)
        if oursOrder == theirsOrder {
            return zip(oursIdentified, theirsIdentified).map { combine($0.identity, $0.element, $1.element) }
        }
        let oursByIdentity = Dictionary(oursIdentified, uniquingKeysWith: { first, _ in first })
        let theirsByIdentity = Dictionary(theirsIdentified, uniquingKeysWith: { first, _ in first })
        // One order whatever the grouping of copies: the base's entries in the base's
        // order (the history both machines share), then the new ones by time, then bytes.
        let baseOrder = base.map { identified($0, by: identity).map(\.identity) } ?? []
        let all = Set(oursOrder).union(theirsOrder)
        let shared = baseOrder.filter { all.contains($0) }
        let order = shared + all.subtracting(shared).sorted()
        return order.compactMap { identity in
            switch (oursByIdentity[identity], theirsByIdentity[identity]) {
            case (let mine?, let other?): combine(identity, mine, other)
            case (let mine?, nil): mine
            case (nil, let other?): other
            case (nil, nil): nil
            }
        }
    }

    /// The union of two lists of whole records that never change once written.
    static func union<Record: ProgressRecord>(
        _ ours: [Record], _ theirs: [Record], base: [Record]?, at: (Record) -> Date
    ) -> [Record] {
        union(ours, theirs, base: base, by: { (at($0), $0.encodedBytes) }, combine: { _, mine, _ in mine })
    }
}
