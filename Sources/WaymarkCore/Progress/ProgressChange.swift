import Foundation
import WaymarkCurriculum

/// One edit to progress. Edits are values so that the store can replay them on the
/// freshest copy of the file under its lock: two running instances then merge
/// instead of overwriting each other.
public enum ProgressChange: Sendable, Equatable {
    /// Make a path active; record `on` as its start date if it has none, or always
    /// when `restart` is set.
    case start(pathID: String, on: Day, restart: Bool)
    case setState(deliverableID: String, DeliverableState, at: Date)
    /// A nil or empty note removes it.
    case setNote(deliverableID: String, String?, at: Date)
    case rate(criterionID: String, SelfRating, note: String?, at: Date)
    /// Evidence belongs to the rating it supports: sets the note of the latest one
    /// (an empty note removes it). Nothing happens when there is no rating yet.
    case setEvidence(criterionID: String, String?)
    /// Takes back a mis-keyed rating: the one recorded at exactly `ratedAt`, so that a
    /// rating another instance added meanwhile is never the one removed.
    case removeRating(criterionID: String, ratedAt: Date)
    case markRead(lessonID: String, at: Date)
    /// Takes back a read mark (opened by mistake, or to read it again).
    case unmarkRead(lessonID: String)
    /// One answer to a review card; the record carries what the scheduler made of it.
    case answerReview(ReviewRecord)
    case logStudy(StudyEntry)
    case setStep(stepID: String, done: Bool, at: Date)
    case replan(pathID: String, Replan)
    /// A prerequisite answered on the first run (nil clears the answer).
    case answerPrerequisite(topic: String, Onboarding.Answer?)
    /// Minutes a week the learner means to study; nil goes back to the path's hours.
    case setWeeklyGoal(minutes: Int?)
    case finishOnboarding(at: Date)
    /// Where the reader was in a lesson, to continue there.
    case setLessonPosition(lessonID: String, line: Int)
    case addJournalEntry(JournalEntry)
    /// Turns the reader's Predict prompt on or off.
    case setPredictPrompts(Bool)
}

extension LearnerProgress {
    /// Applies `change` and says whether anything changed, so a save that changes
    /// nothing can skip the write without comparing two 20,000-entry copies. Each
    /// case compares only what it touched.
    @discardableResult
    public mutating func apply(_ change: ProgressChange) -> Bool {
        // The file keeps whole seconds; so does memory, so a save need not re-read
        // the file to know what it holds.
        switch change.withWholeSeconds {
        case .start(let pathID, let day, let restart):
            let before = (activePath, paths[pathID])
            activePath = pathID
            if restart || paths[pathID] == nil { paths[pathID] = PathProgress(startedOn: day) }
            return activePath != before.0 || paths[pathID] != before.1
        case .setState(let id, let state, let at):
            let before = deliverables[id]
            var entry = before ?? DeliverableProgress(state: .todo, changedAt: at)
            guard entry.state != state || before == nil else { return false }
            entry.state = state
            entry.changedAt = at
            deliverables[id] = entry
            return entry != before
        case .setNote(let id, let note, let at):
            let before = deliverables[id]
            var entry = before ?? DeliverableProgress(state: .todo, changedAt: at)
            let cleaned = note?.trimmed
            entry.note = (cleaned?.isEmpty ?? true) ? nil : cleaned
            entry.changedAt = at
            deliverables[id] = entry
            return entry != before
        case .rate(let id, let rating, let note, let at):
            let cleaned = note?.trimmed
            criteria[id, default: CriterionProgress()].ratings.append(
                Rating(rating: rating, at: at, note: (cleaned?.isEmpty ?? true) ? nil : cleaned))
            return true
        case .setEvidence(let id, let note):
            guard var entry = criteria[id], var latest = entry.ratings.last else { return false }
            let cleaned = note?.trimmed
            latest.note = (cleaned?.isEmpty ?? true) ? nil : cleaned
            guard latest != entry.ratings.last else { return false }
            entry.ratings[entry.ratings.count - 1] = latest
            criteria[id] = entry
            return true
        case .removeRating(let id, let ratedAt):
            guard var entry = criteria[id], let index = entry.ratings.lastIndex(where: { $0.at == ratedAt }) else {
                return false
            }
            entry.ratings.remove(at: index)
            criteria[id] = entry
            return true
        case .unmarkRead(let id):
            return lessonsRead.removeValue(forKey: id) != nil
        case .answerReview(let record):
            reviews.append(record)
            return true
        case .logStudy(let entry):
            studyLog.append(entry)
            return true
        case .setStep(let id, let done, let at):
            guard steps[id]?.done != done else { return false }
            steps[id] = StepProgress(done: done, changedAt: at)
            return true
        case .replan(let pathID, let replan):
            guard paths[pathID] != nil else { return false }
            paths[pathID]?.replans.append(replan)
            return true
        case .answerPrerequisite(let topic, let answer):
            var record = onboarding ?? Onboarding()
            guard record.prerequisites[topic] != answer else { return false }
            record.prerequisites[topic] = answer
            onboarding = record
            return true
        case .setWeeklyGoal(let minutes):
            var record = onboarding ?? Onboarding()
            guard record.weeklyGoalMinutes != minutes || onboarding == nil else { return false }
            record.weeklyGoalMinutes = minutes
            onboarding = record
            return true
        case .finishOnboarding(let at):
            var record = onboarding ?? Onboarding()
            guard record.completedAt == nil else { return false }
            record.completedAt = at
            onboarding = record
            return true
        case .setLessonPosition(let id, let line):
            guard lessonPositions[id] != line else { return false }
            lessonPositions[id] = line
            return true
        case .addJournalEntry(var entry):
            // An insight with no words is nothing to keep.
            entry.text = entry.text.trimmed
            guard !entry.text.isEmpty else { return false }
            journal.append(entry)
            return true
        case .setPredictPrompts(let on):
            var record = onboarding ?? Onboarding()
            guard record.predictPrompts != on else { return false }
            record.predictPrompts = on
            onboarding = record
            return true
        case .markRead(let id, let at):
            guard lessonsRead[id] == nil else { return false }
            lessonsRead[id] = at
            return true
        }
    }

    public func applying(_ change: ProgressChange) -> LearnerProgress {
        var copy = self
        copy.apply(change)
        return copy
    }
}

extension ProgressChange {
    /// The same change with its time rounded down to the second.
    var withWholeSeconds: ProgressChange {
        func whole(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }
        switch self {
        case .start: return self
        case .setState(let id, let state, let at): return .setState(deliverableID: id, state, at: whole(at))
        case .setNote(let id, let note, let at): return .setNote(deliverableID: id, note, at: whole(at))
        case .rate(let id, let rating, let note, let at):
            return .rate(criterionID: id, rating, note: note, at: whole(at))
        case .markRead(let id, let at): return .markRead(lessonID: id, at: whole(at))
        case .setStep(let id, let done, let at): return .setStep(stepID: id, done: done, at: whole(at))
        case .addJournalEntry(var entry):
            entry.at = whole(entry.at)
            return .addJournalEntry(entry)
        case .setEvidence, .removeRating, .unmarkRead, .answerReview, .logStudy, .replan, .answerPrerequisite,
            .setWeeklyGoal, .finishOnboarding, .setLessonPosition, .setPredictPrompts:
            return self
        }
    }
}
