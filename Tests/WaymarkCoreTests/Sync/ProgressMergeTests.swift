import Foundation
import Testing

@testable import WaymarkCore

/// Each merge rule on a small, readable case: the base, what each machine did,
/// what the learner finds after the sync.
@Suite("Progress merge rules")
struct ProgressMergeTests {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)
    /// `minutes` after noon on the day the examples happen.
    static func at(_ minutes: Int) -> Date { noon.addingTimeInterval(TimeInterval(minutes * 60)) }

    /// The base with `changes` made on one machine.
    static func edited(_ base: LearnerProgress, _ changes: ProgressChange...) -> LearnerProgress {
        var progress = base
        for change in changes { progress.apply(change) }
        progress.revision += changes.count
        return progress
    }

    static func merge(_ base: LearnerProgress?, _ ours: LearnerProgress, _ theirs: LearnerProgress) -> LearnerProgress {
        let merged = ProgressMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged == ProgressMerge.merge(base: base, ours: theirs, theirs: ours), "the other order differs")
        return merged
    }

    static let marker = MergedNote.marker

    @Test("every field of the progress file has a merge rule")
    func everyFieldHasARule() {
        // A field added to the model is dropped by a merge that does not know it:
        // give it a rule in ProgressMerge, then list it here.
        func names(_ fields: [String]) -> [String] { fields.sorted() }
        #expect(
            names(LearnerProgress.fields.declared.map(\.name))
                == names([
                    "schemaVersion", "revision", "activePath", "paths", "deliverables", "criteria", "lessonsRead",
                    "reviews", "studyLog", "steps", "onboarding", "lessonPositions", "journal",
                ]))
        #expect(names(PathProgress.fields.declared.map(\.name)) == ["replans", "startedOn"])
        #expect(names(DeliverableProgress.fields.declared.map(\.name)) == ["changedAt", "note", "state"])
        #expect(names(CriterionProgress.fields.declared.map(\.name)) == ["ratings"])
        #expect(names(Rating.fields.declared.map(\.name)) == ["at", "note", "rating"])
        #expect(names(StepProgress.fields.declared.map(\.name)) == ["changedAt", "done"])
        #expect(
            names(Onboarding.fields.declared.map(\.name)) == ["completedAt", "prerequisites", "weeklyGoalMinutes"])
    }

    // MARK: - States

    @Test("a deliverable's state changed on both machines takes the later change")
    func laterStateWins() {
        let base = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .inProgress, at: Self.at(0)))
        let ours = Self.edited(base, .setState(deliverableID: "d", .done, at: Self.at(30)))
        let theirs = Self.edited(base, .setState(deliverableID: "d", .skipped, at: Self.at(10)))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.deliverables["d"]?.state == .done)
        #expect(merged.deliverables["d"]?.changedAt == Self.at(30))
    }

    @Test("a note edited later on one machine does not undo a state changed on the other")
    func noteEditKeepsOtherState() {
        let base = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .inProgress, at: Self.at(0)))
        let ours = Self.edited(base, .setState(deliverableID: "d", .done, at: Self.at(10)))
        let theirs = Self.edited(base, .setNote(deliverableID: "d", "sketch on paper first", at: Self.at(50)))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.deliverables["d"]?.state == .done)
        #expect(merged.deliverables["d"]?.changedAt == Self.at(10))
        #expect(merged.deliverables["d"]?.note == "sketch on paper first")
    }

    @Test("a deliverable taken back to todo on one machine stays todo when the other only wrote a note")
    func undoWins() {
        let base = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .done, at: Self.at(0)))
        let ours = Self.edited(base, .setState(deliverableID: "d", .todo, at: Self.at(10)))
        let theirs = Self.edited(base, .setNote(deliverableID: "d", "done, but redo the diagram", at: Self.at(50)))
        #expect(Self.merge(base, ours, theirs).deliverables["d"]?.state == .todo)
    }

    @Test("two states set in the same second give the same result whichever file is ours")
    func sameSecondIsDeterministic() {
        let ours = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .done, at: Self.at(5)))
        let theirs = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .skipped, at: Self.at(5)))
        // `merge` checks the other order gives the same: the further along.
        #expect(Self.merge(nil, ours, theirs).deliverables["d"]?.state == .done)
    }

    @Test("a step ticked on one machine and unticked later on the other ends unticked")
    func latestStepWins() {
        let base = Self.edited(LearnerProgress(), .setStep(stepID: "s", done: false, at: Self.at(0)))
        let ours = Self.edited(base, .setStep(stepID: "s", done: true, at: Self.at(10)))
        var theirs = Self.edited(base, .setStep(stepID: "s", done: true, at: Self.at(20)))
        theirs.apply(.setStep(stepID: "s", done: false, at: Self.at(30)))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.steps["s"]?.done == false)
        #expect(merged.steps["s"]?.changedAt == Self.at(30))
        #expect(Self.merge(base, ours, base).steps["s"]?.done == true)
    }

    // MARK: - Notes

    @Test("a note changed on both machines keeps both texts, in one order whichever file is ours")
    func bothNotesKept() {
        let base = Self.edited(LearnerProgress(), .setNote(deliverableID: "d", "first draft", at: Self.at(0)))
        let ours = Self.edited(base, .setNote(deliverableID: "d", "written on the laptop", at: Self.at(10)))
        let theirs = Self.edited(base, .setNote(deliverableID: "d", "written at work", at: Self.at(20)))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.deliverables["d"]?.note == "written at work\n\n\(Self.marker)\n\nwritten on the laptop")
    }

    @Test("a merged note merged again with either of its texts, or with itself, stays as it is")
    func mergedNoteIsStable() throws {
        let base = Self.edited(LearnerProgress(), .setNote(deliverableID: "d", "first draft", at: Self.at(0)))
        let ours = Self.edited(base, .setNote(deliverableID: "d", "laptop", at: Self.at(10)))
        let theirs = Self.edited(base, .setNote(deliverableID: "d", "work", at: Self.at(20)))
        let merged = Self.merge(base, ours, theirs)
        let note = try #require(merged.deliverables["d"]?.note)
        #expect(Self.merge(base, merged, ours).deliverables["d"]?.note == note)
        #expect(Self.merge(base, merged, theirs).deliverables["d"]?.note == note)
        #expect(Self.merge(nil, merged, ours).deliverables["d"]?.note == note)
        #expect(MergedNote.parts(of: note) == ["laptop", "work"])
    }

    @Test("a note changed on one machine only takes that machine's text, or its removal")
    func oneSidedNote() {
        let base = Self.edited(LearnerProgress(), .setNote(deliverableID: "d", "first draft", at: Self.at(0)))
        let edited = Self.edited(base, .setNote(deliverableID: "d", "final", at: Self.at(10)))
        let removed = Self.edited(base, .setNote(deliverableID: "d", nil, at: Self.at(10)))
        let otherwise = Self.edited(base, .setState(deliverableID: "e", .done, at: Self.at(5)))
        #expect(Self.merge(base, edited, otherwise).deliverables["d"]?.note == "final")
        #expect(Self.merge(base, removed, otherwise).deliverables["d"]?.note == nil)
    }

    @Test("with no base, two different notes are both kept and one absent note takes the other")
    func notesWithoutBase() {
        let ours = Self.edited(LearnerProgress(), .setNote(deliverableID: "d", "b text", at: Self.at(0)))
        let theirs = Self.edited(LearnerProgress(), .setNote(deliverableID: "d", "a text", at: Self.at(5)))
        let stateOnly = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .done, at: Self.at(9)))
        #expect(Self.merge(nil, ours, theirs).deliverables["d"]?.note == "a text\n\n\(Self.marker)\n\nb text")
        let merged = Self.merge(nil, ours, stateOnly)
        #expect(merged.deliverables["d"]?.note == "b text")
        #expect(merged.deliverables["d"]?.state == .done)
    }

    // MARK: - Ratings and logs

    @Test("ratings from both machines are all kept, each once")
    func ratingsUnion() throws {
        let base = Self.edited(LearnerProgress(), .rate(criterionID: "c", .notYet, note: nil, at: Self.at(0)))
        let ours = Self.edited(base, .rate(criterionID: "c", .partly, note: nil, at: Self.at(10)))
        let theirs = Self.edited(base, .rate(criterionID: "c", .confident, note: "built it", at: Self.at(20)))
        let ratings = try #require(Self.merge(base, ours, theirs).criteria["c"]?.ratings)
        #expect(ratings.map(\.rating) == [.notYet, .partly, .confident])
        #expect(ratings.last?.note == "built it")
    }

    @Test("one machine's ratings in its own order when they hold all of the other's")
    func ratingsKeepHistoryOrder() throws {
        // A clock that went back: the list order, not the time, is the history.
        let base = Self.edited(LearnerProgress(), .rate(criterionID: "c", .partly, note: nil, at: Self.at(60)))
        let ours = Self.edited(base, .rate(criterionID: "c", .confident, note: nil, at: Self.at(0)))
        let theirs = Self.edited(base, .setState(deliverableID: "d", .done, at: Self.at(5)))
        let ratings = try #require(Self.merge(base, ours, theirs).criteria["c"]?.ratings)
        #expect(ratings.map(\.rating) == [.partly, .confident])
    }

    @Test("evidence added to the same rating on two machines keeps both texts on one rating")
    func evidenceMerged() throws {
        let base = Self.edited(LearnerProgress(), .rate(criterionID: "c", .partly, note: nil, at: Self.at(0)))
        let ours = Self.edited(base, .setEvidence(criterionID: "c", "repo link"))
        let theirs = Self.edited(base, .setEvidence(criterionID: "c", "talk slides"))
        let ratings = try #require(Self.merge(base, ours, theirs).criteria["c"]?.ratings)
        #expect(ratings.count == 1)
        #expect(ratings.first?.note == "repo link\n\n\(Self.marker)\n\ntalk slides")
        let oneSided = try #require(Self.merge(base, ours, base).criteria["c"]?.ratings)
        #expect(oneSided.map(\.note) == ["repo link"])
    }

    @Test("reviews, study time and journal entries from both machines are all kept, in time order, each once")
    func logsUnion() {
        let memory = CardMemory(
            stability: 2, difficulty: 5, due: Self.at(2880), lastReview: Self.at(0), reps: 1, lapses: 0)
        let shared = ReviewRecord(card: "littles-law", at: Self.at(0), rating: .good, memory: memory)
        let base = Self.edited(LearnerProgress(), .answerReview(shared))
        let laptop = StudyEntry(on: Day(Self.noon, in: .utc), minutes: 30, source: .reader, at: Self.at(40))
        let work = StudyEntry(on: Day(Self.noon, in: .utc), minutes: 15, source: .manual, at: Self.at(20))
        let ours = Self.edited(
            base, .logStudy(laptop),
            .addJournalEntry(JournalEntry(lessonID: "cap", at: Self.at(41), text: "PACELC, not CAP")))
        let theirs = Self.edited(
            base, .logStudy(work),
            .answerReview(ReviewRecord(card: "quorum", at: Self.at(21), rating: .hard, memory: memory)))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.reviews.map(\.card) == ["littles-law", "quorum"])
        #expect(merged.studyLog == [work, laptop])
        #expect(merged.journal.map(\.text) == ["PACELC, not CAP"])
    }

    @Test("the same study entry logged twice on one machine stays twice; on both machines, still twice")
    func duplicatesWithinOneSideKept() {
        let entry = StudyEntry(on: Day(Self.noon, in: .utc), minutes: 10, source: .manual, at: Self.at(0))
        let twice = Self.edited(LearnerProgress(), .logStudy(entry), .logStudy(entry))
        let once = Self.edited(LearnerProgress(), .logStudy(entry))
        #expect(Self.merge(nil, twice, once).studyLog == [entry, entry])
        #expect(Self.merge(nil, twice, twice).studyLog == [entry, entry])
    }

    @Test("a rating taken back on one machine returns when the other still has it: nothing is dropped")
    func removalsReturn() {
        let base = Self.edited(LearnerProgress(), .rate(criterionID: "c", .partly, note: nil, at: Self.at(0)))
        let ours = Self.edited(base, .removeRating(criterionID: "c", ratedAt: Self.at(0)))
        let theirs = Self.edited(base, .markRead(lessonID: "l", at: Self.at(1)))
        #expect(Self.merge(base, ours, theirs).criteria["c"]?.ratings.count == 1)
    }

    // MARK: - Reading, onboarding, paths

    @Test("a lesson read on both machines keeps the earlier time; read on one, it is read")
    func lessonsRead() {
        let ours = Self.edited(LearnerProgress(), .markRead(lessonID: "cap", at: Self.at(30)))
        let theirs = Self.edited(
            LearnerProgress(), .markRead(lessonID: "cap", at: Self.at(10)),
            .markRead(lessonID: "paxos", at: Self.at(11)))
        #expect(Self.merge(nil, ours, theirs).lessonsRead == ["cap": Self.at(10), "paxos": Self.at(11)])
    }

    @Test("a reading position moved on one machine takes that one; moved on both, the furthest")
    func lessonPositions() {
        let base = Self.edited(LearnerProgress(), .setLessonPosition(lessonID: "cap", line: 120))
        let backToTop = Self.edited(base, .setLessonPosition(lessonID: "cap", line: 0))
        let further = Self.edited(base, .setLessonPosition(lessonID: "cap", line: 200))
        let less = Self.edited(base, .setLessonPosition(lessonID: "cap", line: 80))
        #expect(Self.merge(base, backToTop, base).lessonPositions["cap"] == 0)
        #expect(Self.merge(base, further, less).lessonPositions["cap"] == 200)
    }

    @Test(
        "onboarding answers: the one a machine changed; changed on both, not yet, the larger goal, the earlier finish")
    func onboarding() throws {
        let base = Self.edited(
            LearnerProgress(), .answerPrerequisite(topic: "networking", .have), .setWeeklyGoal(minutes: 300))
        let ours = Self.edited(
            base, .answerPrerequisite(topic: "networking", .notYet), .answerPrerequisite(topic: "go", .have),
            .setWeeklyGoal(minutes: 240), .finishOnboarding(at: Self.at(20)))
        let theirs = Self.edited(
            base, .answerPrerequisite(topic: "go", .notYet), .setWeeklyGoal(minutes: 420),
            .finishOnboarding(at: Self.at(10)))
        let merged = try #require(Self.merge(base, ours, theirs).onboarding)
        #expect(merged.prerequisites == ["networking": .notYet, "go": .notYet])
        #expect(merged.weeklyGoalMinutes == 420)
        #expect(merged.completedAt == Self.at(10))
        #expect(Self.merge(base, ours, base).onboarding?.weeklyGoalMinutes == 240)
    }

    @Test("the path a machine switched to stays active; both switched, the first id in UTF-8 order")
    func activePath() {
        let day = Day(Self.noon, in: .utc)
        let base = Self.edited(LearnerProgress(), .start(pathID: "foundation-builder", on: day, restart: false))
        let switched = Self.edited(base, .start(pathID: "system-designer", on: day, restart: false))
        let other = Self.edited(base, .start(pathID: "problem-solver", on: day, restart: false))
        #expect(Self.merge(base, switched, base).activePath == "system-designer")
        #expect(Self.merge(base, switched, other).activePath == "problem-solver")
        #expect(Self.merge(base, switched, other).paths.keys.sorted().count == 3)
    }

    @Test("a path restarted on one machine keeps the new start; started apart on two, the earlier day")
    func pathStart() {
        let day = Day(Self.noon, in: .utc)
        let base = Self.edited(LearnerProgress(), .start(pathID: "p", on: day, restart: false))
        let restarted = Self.edited(base, .start(pathID: "p", on: day.adding(days: 30), restart: true))
        let elsewhere = Self.edited(base, .markRead(lessonID: "l", at: Self.at(5)))
        #expect(Self.merge(base, restarted, elsewhere).paths["p"]?.startedOn == day.adding(days: 30))
        let laptop = Self.edited(LearnerProgress(), .start(pathID: "p", on: day.adding(days: 2), restart: false))
        let work = Self.edited(LearnerProgress(), .start(pathID: "p", on: day, restart: false))
        #expect(Self.merge(nil, laptop, work).paths["p"]?.startedOn == day)
    }

    @Test("re-plans from both machines are kept while the start date is the same; a restart's plan starts clean")
    func replans() {
        let day = Day(Self.noon, in: .utc)
        let base = Self.edited(
            LearnerProgress(), .start(pathID: "p", on: day, restart: false),
            .replan(pathID: "p", Replan(at: Self.at(1), fromPhase: "one", weeks: 1)))
        let ours = Self.edited(base, .replan(pathID: "p", Replan(at: Self.at(5), fromPhase: "two", weeks: 1)))
        let theirs = Self.edited(base, .replan(pathID: "p", Replan(at: Self.at(9), fromPhase: "three", weeks: 2)))
        #expect(Self.merge(base, ours, theirs).paths["p"]?.replans.map(\.fromPhase) == ["one", "two", "three"])
        let restarted = Self.edited(base, .start(pathID: "p", on: day.adding(days: 30), restart: true))
        let merged = Self.merge(base, restarted, theirs)
        #expect(merged.paths["p"]?.startedOn == day.adding(days: 30))
        #expect(merged.paths["p"]?.replans == [])
    }

    // MARK: - Fields from newer releases, revision

    @Test("fields a newer Waymark added are kept from both machines; one changed on both takes one value")
    func unknownFieldsKept() {
        var base = Self.edited(LearnerProgress(), .setState(deliverableID: "d", .done, at: Self.at(0)))
        base.unknownFields.values["theme"] = .string("dark")
        var ours = base
        ours.unknownFields.values["theme"] = .string("light")
        ours.deliverables["d"]?.unknownFields.values["evidence"] = .string("https://example.com/repo")
        var theirs = base
        theirs.unknownFields.values["streak"] = .integer(4)
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.unknownFields.values == ["theme": .string("light"), "streak": .integer(4)])
        #expect(merged.deliverables["d"]?.unknownFields.values == ["evidence": .string("https://example.com/repo")])
        var other = base
        other.unknownFields.values["theme"] = .string("solarized")
        #expect(Self.merge(base, ours, other).unknownFields.values["theme"] == .string("solarized"))
    }

    @Test("the revision is one more than either side's, or the larger one when that side is the result")
    func revision() {
        var base = LearnerProgress()
        base.revision = 10
        let ours = Self.edited(base, .markRead(lessonID: "a", at: Self.at(0)))
        let theirs = Self.edited(
            base, .markRead(lessonID: "b", at: Self.at(0)), .markRead(lessonID: "c", at: Self.at(0)))
        #expect(Self.merge(base, ours, theirs).revision == 13)
        // Ours holds all theirs has: the result is ours, byte for byte.
        let grown = Self.edited(ours, .markRead(lessonID: "d", at: Self.at(1)))
        #expect(Self.merge(base, grown, ours) == grown)
    }
}
