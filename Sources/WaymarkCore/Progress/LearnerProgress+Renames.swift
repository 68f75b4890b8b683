import Foundation
import WaymarkCurriculum

extension LearnerProgress {
    /// Moves every entry kept under an old id to the id that replaced it, and says
    /// whether anything moved. When both ids hold an entry, nothing is dropped: the
    /// entry changed last wins (a deliverable keeps the other's note if it has none),
    /// ratings of a criterion and re-plans of a path are joined, old ones first, a
    /// lesson keeps its first read date, and a path keeps the start under its new id.
    @discardableResult
    public mutating func moveRenamedIDs(_ renames: IDRenames) -> Bool {
        guard !renames.isEmpty else { return false }
        var moved = false
        for (old, new) in renames.paths {
            if let entry = paths.removeValue(forKey: old) {
                moved = true
                if var kept = paths[new] {
                    kept.replans = entry.replans + kept.replans
                    paths[new] = kept
                } else {
                    paths[new] = entry
                }
            }
            if activePath == old {
                activePath = new
                moved = true
            }
        }
        for (old, new) in renames.items {
            if let entry = deliverables.removeValue(forKey: old) {
                moved = true
                deliverables[new] = Self.merged(entry, deliverables[new])
            }
            if let entry = criteria.removeValue(forKey: old) {
                moved = true
                let ratings = entry.ratings + (criteria[new]?.ratings ?? [])
                criteria[new, default: entry].ratings = ratings
            }
            if let entry = steps.removeValue(forKey: old) {
                moved = true
                if let kept = steps[new], kept.changedAt >= entry.changedAt { continue }
                steps[new] = entry
            }
        }
        for (old, new) in renames.lessons {
            moved = moveLesson(from: old, to: new) || moved
        }
        return moved
    }

    /// A lesson's read mark, reading position, journal entries and review cards.
    private mutating func moveLesson(from old: String, to new: String) -> Bool {
        var moved = false
        if let read = lessonsRead.removeValue(forKey: old) {
            moved = true
            lessonsRead[new] = min(read, lessonsRead[new] ?? read)
        }
        if let line = lessonPositions.removeValue(forKey: old) {
            moved = true
            if lessonPositions[new] == nil { lessonPositions[new] = line }
        }
        for index in journal.indices where journal[index].lessonID == old {
            journal[index].lessonID = new
            moved = true
        }
        // A card's id is its lesson's id, '#', and a hash of the question.
        let prefix = old + "#"
        for index in reviews.indices where reviews[index].card.hasPrefix(prefix) {
            reviews[index].card = new + "#" + reviews[index].card.dropFirst(prefix.count)
            moved = true
        }
        return moved
    }

    /// The entry changed last; the other's note when the winner has none.
    private static func merged(_ old: DeliverableProgress, _ new: DeliverableProgress?) -> DeliverableProgress {
        guard let new else { return old }
        var winner = new.changedAt >= old.changedAt ? new : old
        let loser = new.changedAt >= old.changedAt ? old : new
        if winner.note == nil { winner.note = loser.note }
        return winner
    }
}
