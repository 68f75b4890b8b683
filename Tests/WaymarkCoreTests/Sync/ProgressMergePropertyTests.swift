import Foundation
import PropertyBased
import Testing

@testable import WaymarkCore

/// The laws a merge driver needs: git may call it with either copy as "ours", a
/// third machine's copy may arrive before or after a second's, and a sync that
/// merges what it already has must change nothing.
@Suite("Progress merge properties")
struct ProgressMergePropertyTests {
    @Test("the merge does not depend on which copy is ours, revision included")
    func commutative() async {
        await propertyCheck(count: 300, input: MergeSample.twoSides) { sample in
            let one = ProgressMerge.merge(base: sample.base, ours: sample.ours, theirs: sample.theirs)
            let other = ProgressMerge.merge(base: sample.base, ours: sample.theirs, theirs: sample.ours)
            #expect(one == other)
        }
    }

    @Test("with no base, the merge does not depend on which copy is ours either")
    func commutativeWithoutBase() async {
        await propertyCheck(count: 200, input: MergeSample.unrelated) { ours, theirs in
            #expect(
                ProgressMerge.merge(base: nil, ours: ours, theirs: theirs)
                    == ProgressMerge.merge(base: nil, ours: theirs, theirs: ours))
        }
    }

    @Test("three copies merged in either grouping hold the same progress (the revision counts merges)")
    func associative() async {
        await propertyCheck(count: 300, input: MergeSample.threeSides) { sample in
            func merge(_ ours: LearnerProgress, _ theirs: LearnerProgress) -> LearnerProgress {
                ProgressMerge.merge(base: sample.base, ours: ours, theirs: theirs)
            }
            let left = merge(merge(sample.first, sample.second), sample.third)
            let right = merge(sample.first, merge(sample.second, sample.third))
            #expect(MergeSample.content(left) == MergeSample.content(right))
        }
    }

    @Test("a copy merged with itself is that copy exactly, revision included")
    func idempotent() async {
        await propertyCheck(count: 300, input: MergeSample.twoSides) { sample in
            #expect(ProgressMerge.merge(base: sample.base, ours: sample.ours, theirs: sample.ours) == sample.ours)
            #expect(ProgressMerge.merge(base: nil, ours: sample.theirs, theirs: sample.theirs) == sample.theirs)
        }
    }

    @Test("merging the result again with either copy gives the result back, revision included")
    func absorbing() async {
        await propertyCheck(count: 300, input: MergeSample.twoSides) { sample in
            let merged = ProgressMerge.merge(base: sample.base, ours: sample.ours, theirs: sample.theirs)
            #expect(ProgressMerge.merge(base: sample.base, ours: merged, theirs: sample.ours) == merged)
            #expect(ProgressMerge.merge(base: sample.base, ours: sample.theirs, theirs: merged) == merged)
        }
    }

    @Test("a copy that changed nothing since the base leaves the other as it is, unless the other removed something")
    func unchangedSideIsNeutral() async {
        await propertyCheck(count: 300, input: MergeSample.twoSides) { sample in
            // A rating taken back, a lesson unmarked, a path restarted: the base still
            // has it, and the merge drops nothing either side holds.
            guard Self.lost(from: sample.base, in: sample.theirs).isEmpty else { return }
            // A lesson unmarked and read again later: the merge keeps the first reading.
            let reread = sample.base.lessonsRead.contains { id, at in (sample.theirs.lessonsRead[id] ?? at) > at }
            guard !reread else { return }
            // New entries may come out in time order rather than the side's own.
            #expect(
                MergeSample.entries(ProgressMerge.merge(base: sample.base, ours: sample.base, theirs: sample.theirs))
                    == MergeSample.entries(sample.theirs))
        }
    }

    @Test("every entry of either copy is in the merge (re-plans: while their start date is)")
    func nothingLost() async {
        await propertyCheck(count: 300, input: MergeSample.twoSides) { sample in
            let merged = ProgressMerge.merge(base: sample.base, ours: sample.ours, theirs: sample.theirs)
            #expect(Self.lost(from: sample.ours, in: merged) == [])
            #expect(Self.lost(from: sample.theirs, in: merged) == [])
        }
        await propertyCheck(count: 200, input: MergeSample.unrelated) { ours, theirs in
            let merged = ProgressMerge.merge(base: nil, ours: ours, theirs: theirs)
            #expect(Self.lost(from: ours, in: merged) == [])
            #expect(Self.lost(from: theirs, in: merged) == [])
        }
    }

    @Test("the merge is saved and read back unchanged, in the bytes a save writes")
    func roundTrip() async {
        await propertyCheck(count: 200, input: MergeSample.twoSides) { sample in
            let merged = ProgressMerge.merge(base: sample.base, ours: sample.ours, theirs: sample.theirs)
            let bytes = try ProgressCodec.encode(merged)
            #expect(try ProgressCodec.decode(bytes, file: "merged") == merged)
        }
    }

    @Test("each deliverable and step in the merge is in a state one of the copies had")
    func noInventedState() async {
        await propertyCheck(count: 300, input: MergeSample.twoSides) { sample in
            let merged = ProgressMerge.merge(base: sample.base, ours: sample.ours, theirs: sample.theirs)
            for (id, entry) in merged.deliverables {
                let sides = [sample.ours.deliverables[id], sample.theirs.deliverables[id]].compactMap { $0 }
                #expect(sides.contains { $0.state == entry.state && $0.changedAt == entry.changedAt }, "\(id)")
            }
            for (id, entry) in merged.steps {
                let sides = [sample.ours.steps[id], sample.theirs.steps[id]].compactMap { $0 }
                #expect(sides.contains { $0.done == entry.done && $0.changedAt == entry.changedAt }, "\(id)")
            }
        }
    }

    /// What `side` holds that `merged` does not, described; empty when nothing.
    static func lost(from side: LearnerProgress, in merged: LearnerProgress) -> [String] {
        var lost: [String] = []
        func keys(_ name: String, _ side: some Collection<String>, _ merged: some Collection<String>) {
            lost += Set(side).subtracting(merged).map { "\(name) \($0)" }
        }
        func log<Record: ProgressRecord>(_ name: String, _ side: [Record], _ merged: [Record]) {
            let missing = Self.missing(side.map(\.encodedBytes), from: merged.map(\.encodedBytes))
            lost += missing.map { _ in "\(name) entry" }
        }
        keys("deliverable", side.deliverables.keys, merged.deliverables.keys)
        keys("step", side.steps.keys, merged.steps.keys)
        keys("criterion", side.criteria.keys, merged.criteria.keys)
        keys("path", side.paths.keys, merged.paths.keys)
        keys("lesson read", side.lessonsRead.keys, merged.lessonsRead.keys)
        keys("lesson position", side.lessonPositions.keys, merged.lessonPositions.keys)
        keys("unknown field", side.unknownFields.values.keys, merged.unknownFields.values.keys)
        func fields<Record: ProgressRecord>(_ name: String, _ side: [String: Record], _ merged: [String: Record]) {
            for (id, record) in side {
                let mergedKeys = merged[id].map { Array($0.unknownFields.values.keys) } ?? []
                keys("\(name) \(id) field", record.unknownFields.values.keys, mergedKeys)
            }
        }
        fields("deliverable", side.deliverables, merged.deliverables)
        fields("path", side.paths, merged.paths)
        fields("step", side.steps, merged.steps)
        fields("criterion", side.criteria, merged.criteria)
        for (id, criterion) in side.criteria {
            let ratings = { (ratings: [Rating]) in ratings.map { "\($0.rating.rawValue) \($0.at)" } }
            lost += Self.missing(ratings(criterion.ratings), from: ratings(merged.criteria[id]?.ratings ?? []))
                .map { "rating \(id) \($0)" }
        }
        // Re-plans belong to their start date: a restart on the other side clears them.
        for (id, path) in side.paths where path.startedOn == merged.paths[id]?.startedOn {
            log("replan of \(id)", path.replans, merged.paths[id]?.replans ?? [])
        }
        log("review", side.reviews, merged.reviews)
        log("study", side.studyLog, merged.studyLog)
        log("journal", side.journal, merged.journal)
        return lost
    }

    /// The elements of `side` that `merged` holds fewer times.
    static func missing<Element: Hashable>(_ side: [Element], from merged: [Element]) -> [Element] {
        var counts: [Element: Int] = [:]
        for element in merged { counts[element, default: 0] += 1 }
        return side.filter { element in
            counts[element, default: 0] -= 1
            return counts[element, default: 0] < 0
        }
    }
}
