import Foundation

/// Progress kept under an id the course no longer has (after its renames): a path,
/// deliverable, success criterion, step or lesson that was removed, or renamed
/// without `renamed-from`. Kept until the learner forgets it on purpose.
public struct ProgressOrphan: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case path, deliverable, criterion, step, lesson

        /// As a sentence names it.
        public var label: String { self == .criterion ? "success criterion" : rawValue }
    }

    public var kind: Kind
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}

extension ProgressKeys {
    /// Every id that `progress` keeps something under and the course does not have,
    /// by kind, then id. A lesson counts by its read mark, reading position or the
    /// answers to its review cards; a path by its start or by being the active one.
    public func orphans(in progress: LearnerProgress) -> [ProgressOrphan] {
        func missing(_ ids: some Sequence<String>, from live: Set<String>, _ kind: ProgressOrphan.Kind)
            -> [ProgressOrphan]
        {
            Set(ids.filter { !live.contains($0) }).sorted().map { ProgressOrphan(kind: kind, id: $0) }
        }
        let lessonIDs =
            Array(progress.lessonsRead.keys) + Array(progress.lessonPositions.keys)
            + progress.reviews.map(\.lessonID)
        return missing(Array(progress.paths.keys) + [progress.activePath].compactMap { $0 }, from: paths, .path)
            + missing(progress.deliverables.keys, from: deliverables, .deliverable)
            + missing(progress.criteria.keys, from: criteria, .criterion)
            + missing(progress.steps.keys, from: steps, .step)
            + missing(lessonIDs, from: lessons, .lesson)
    }
}

extension ProgressKeys {
    /// How many ids `orphans(in:)` would list, without sorting or building them: the
    /// view asks on every frame it shows the notice on.
    public func orphanCount(in progress: LearnerProgress) -> Int {
        var count = progress.deliverables.keys.count { !deliverables.contains($0) }
        count += progress.criteria.keys.count { !criteria.contains($0) }
        count += progress.steps.keys.count { !steps.contains($0) }
        var gone = Set(progress.paths.keys.filter { !paths.contains($0) })
        if let active = progress.activePath, !paths.contains(active) { gone.insert(active) }
        count += gone.count
        var lessonsGone = Set(progress.lessonsRead.keys.filter { !lessons.contains($0) })
        lessonsGone.formUnion(progress.lessonPositions.keys.filter { !lessons.contains($0) })
        for review in progress.reviews where !lessons.contains(review.lessonID) { lessonsGone.insert(review.lessonID) }
        return count + lessonsGone.count
    }
}

extension ReviewRecord {
    /// The lesson the card belongs to: its id is the lesson's id, '#', and a hash.
    var lessonID: String {
        // By byte: '#' is ASCII, and a Character walk cost every frame of Today.
        guard let mark = card.utf8.firstIndex(of: UInt8(ascii: "#")) else { return card }
        return String(card[..<mark])
    }
}

extension LearnerProgress {
    /// Removes everything kept under `orphan` and says what went, one phrase each.
    /// A lesson loses its read mark, reading position and review history (its cards
    /// cannot come up again); journal entries stay, as the learner's own words.
    public mutating func forget(_ orphan: ProgressOrphan) -> [String] {
        let id = orphan.id
        var removed: [String] = []
        switch orphan.kind {
        case .path:
            if let path = paths.removeValue(forKey: id) { removed.append("path '\(id)', started \(path.startedOn)") }
            if activePath == id {
                activePath = nil
                removed.append("'\(id)' as the active path")
            }
        case .deliverable:
            if let entry = deliverables.removeValue(forKey: id) {
                removed.append("deliverable '\(id)' (\(entry.state.label)\(entry.note == nil ? "" : ", with a note"))")
            }
        case .criterion:
            if let entry = criteria.removeValue(forKey: id) {
                removed.append("success criterion '\(id)' (\(Self.count(entry.ratings.count, "rating")))")
            }
        case .step:
            if let entry = steps.removeValue(forKey: id) {
                removed.append("step '\(id)' (\(entry.done ? "done" : "not done"))")
            }
        case .lesson:
            if lessonsRead.removeValue(forKey: id) != nil { removed.append("the read mark of lesson '\(id)'") }
            if lessonPositions.removeValue(forKey: id) != nil { removed.append("the reading position in '\(id)'") }
            let before = reviews.count
            reviews.removeAll { $0.lessonID == id }
            if reviews.count < before {
                removed.append("\(Self.count(before - reviews.count, "review answer")) to its cards")
            }
        }
        return removed
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
