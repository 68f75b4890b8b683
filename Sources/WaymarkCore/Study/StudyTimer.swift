import Foundation

/// Counts study time from the keys a learner presses on a study screen (the
/// reader, a review, a calculator). Time between two keys counts while the gap is
/// at most five minutes; a longer gap means the learner stepped away, and none of
/// it counts. The count is handed back as a `StudyEntry` when the learner leaves
/// the screen, quits, or has ten unsaved minutes. Pure: every instant is passed in.
public struct StudyTimer: Sendable, Equatable {
    public static let idleLimit: TimeInterval = 5 * 60
    public static let saveEvery: TimeInterval = 10 * 60

    /// The study screen the learner is on; nil elsewhere.
    public private(set) var source: StudyEntry.Source?
    private var lastKey: Date?
    /// Seconds counted and not yet handed back.
    public private(set) var counted: TimeInterval = 0

    public init() {}

    /// A key pressed at `now`, after which the learner is on a screen that counts as
    /// `source` (nil: one that does not). Returns an entry to save, if one is due.
    public mutating func key(at now: Date, on next: StudyEntry.Source?, zone: LocalZone) -> StudyEntry? {
        if source != nil, let last = lastKey {
            let gap = now.timeIntervalSince(last)
            // A clock that went backwards adds nothing.
            if gap > 0 && gap <= Self.idleLimit { counted += gap }
        }
        var entry: StudyEntry?
        if next != source || counted >= Self.saveEvery { entry = flush(at: now, zone: zone) }
        source = next
        lastKey = next == nil ? nil : now
        return entry
    }

    /// Quitting: whatever was counted, as an entry; the timer starts over.
    public mutating func stop(at now: Date, zone: LocalZone) -> StudyEntry? {
        let entry = flush(at: now, zone: zone)
        source = nil
        lastKey = nil
        return entry
    }

    /// Whole minutes, rounded, and at least one: a short look still counts.
    private mutating func flush(at now: Date, zone: LocalZone) -> StudyEntry? {
        guard let source, counted > 0 else { return nil }
        let minutes = max(1, Int((counted / 60).rounded()))
        counted = 0
        return StudyEntry(on: Day(now, in: zone), minutes: minutes, source: source, at: now)
    }
}
