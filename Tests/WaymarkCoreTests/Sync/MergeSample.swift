import Foundation
import PropertyBased

@testable import WaymarkCore

/// Progress on several machines grown from one common version: each number a
/// generator draws decodes to one edit, drawn from few ids, texts and times so
/// that the machines often touch the same entries, in the same second.
enum MergeSample {
    static let ids = ["a", "b", "ü-id", "retired"]
    static let notes = [
        "plain", "Läws ✓ 法", "line\nbreak", "\"quoted\" \\ back", "other", "",
        // A note an earlier merge left, so that merges of merges are drawn too.
        MergedNote.joined(["plain", "other"]) ?? "",
    ]
    static let times = [1_795_000_000, 1_795_000_060, 1_795_086_400, 1_795_000_000 - 400 * 86_400]
    static let unknownValues: [JSONValue] = [.integer(1), .string("x"), .bool(true), .array([.null]), .object([:])]

    /// One edit of every kind the store makes, plus a field a newer Waymark added.
    static func apply(_ number: Int, to progress: inout LearnerProgress) {
        let n = number.magnitude
        let id = ids[Int(n / 23 % UInt(ids.count))]
        let at = Date(timeIntervalSince1970: TimeInterval(times[Int(n / 97 % UInt(times.count))]))
        let note = notes[Int(n / 389 % UInt(notes.count))]
        let day = Day(at, in: .utc)
        let change: ProgressChange
        switch n % 19 {
        case 0: change = .start(pathID: id, on: day, restart: n / 3 % 2 == 0)
        case 1, 2: change = .setState(deliverableID: id, DeliverableState.allCases[Int(n / 5 % 4)], at: at)
        case 3: change = .setNote(deliverableID: id, n / 5 % 4 == 0 ? nil : note, at: at)
        case 4: change = .rate(criterionID: id, SelfRating.allCases[Int(n / 5 % 3)], note: note, at: at)
        case 5: change = .setEvidence(criterionID: id, note)
        case 6: change = .removeRating(criterionID: id, ratedAt: at)
        case 7: change = n / 5 % 3 == 0 ? .unmarkRead(lessonID: id) : .markRead(lessonID: id, at: at)
        case 8:
            let rating = ReviewRating.allCases[Int(n / 5 % UInt(ReviewRating.allCases.count))]
            change = .answerReview(ReviewLog.answer(id, rating, at: at, after: nil))
        case 9: change = .logStudy(StudyEntry(on: day, minutes: Int(n / 5 % 90), source: .manual, at: at))
        case 10: change = .setStep(stepID: id, done: n / 5 % 2 == 0, at: at)
        case 11:
            change = .replan(pathID: id, Replan(at: at, fromPhase: "phase-\(n / 5 % 2)", weeks: Int(n / 11 % 3) + 1))
        case 12:
            change = .answerPrerequisite(topic: id, [nil, .have, .notYet][Int(n / 5 % 3)])
        case 13: change = .setWeeklyGoal(minutes: n / 5 % 3 == 0 ? nil : Int(n / 7 % 4) * 60)
        case 14: change = .finishOnboarding(at: at)
        case 15: change = .setLessonPosition(lessonID: id, line: Int(n / 5 % 50))
        case 16: change = .addJournalEntry(JournalEntry(lessonID: id, at: at, text: note))
        case 17: change = .start(pathID: id, on: day.adding(days: Int(n / 7 % 3)), restart: true)
        default:
            addUnknownField(from: n, to: &progress)
            return
        }
        progress.apply(change)
    }

    /// A field a newer release added, on the file or on one of its records.
    static func addUnknownField(from n: UInt, to progress: inout LearnerProgress) {
        let key = ["sync", "zz", "a"][Int(n / 19 % 3)]
        let value = unknownValues[Int(n / 57 % UInt(unknownValues.count))]
        let id = ids[Int(n / 23 % UInt(ids.count))]
        switch n / 7 % 6 {
        case 0: progress.unknownFields.values[key] = value
        case 1: progress.deliverables[id]?.unknownFields.values[key] = value
        case 2: progress.paths[id]?.unknownFields.values[key] = value
        case 3: progress.steps[id]?.unknownFields.values[key] = value
        case 4: progress.criteria[id]?.unknownFields.values[key] = value
        default:
            if let count = progress.criteria[id]?.ratings.count, count > 0 {
                progress.criteria[id]?.ratings[count - 1].unknownFields.values[key] = value
            }
        }
    }

    /// The progress as saved and read back, as the merge driver gets it from files
    /// (the file keeps six decimals of a review's numbers).
    static func progress(from numbers: [Int], after base: LearnerProgress = LearnerProgress()) -> LearnerProgress {
        var progress = base
        for number in numbers { apply(number, to: &progress) }
        progress.revision = base.revision + numbers.count
        guard let bytes = try? ProgressCodec.encode(progress), let saved = try? ProgressCodec.decode(bytes, file: "p")
        else { return progress }
        return saved
    }

    static let edits = Gen.int().array(of: 0...14)

    /// A common version and two machines' copies grown from it.
    static let twoSides = zip(Gen.int().array(of: 0...24), edits, edits).map { base, ours, theirs in
        let common = progress(from: base)
        return (base: common, ours: progress(from: ours, after: common), theirs: progress(from: theirs, after: common))
    }

    /// A common version and three machines' copies grown from it.
    static let threeSides = zip(Gen.int().array(of: 0...24), edits, edits, edits).map { base, first, second, third in
        let common = progress(from: base)
        return (
            base: common, first: progress(from: first, after: common), second: progress(from: second, after: common),
            third: progress(from: third, after: common)
        )
    }

    /// Two copies grown separately from nothing: git's add/add, with no base.
    static let unrelated = zip(edits, edits).map { ours, theirs in (progress(from: ours), progress(from: theirs)) }

    /// The progress with revision 0, to compare what it holds.
    static func content(_ progress: LearnerProgress) -> LearnerProgress {
        var copy = progress
        copy.revision = 0
        return copy
    }

    /// `content`, with every log's entries in one order (by their saved bytes): what
    /// a merge keeps, whatever order it puts new entries in.
    static func entries(_ progress: LearnerProgress) -> LearnerProgress {
        func sorted<Record: ProgressRecord>(_ list: [Record]) -> [Record] {
            list.sorted { $0.encodedBytes.lexicographicallyPrecedes($1.encodedBytes) }
        }
        var copy = content(progress)
        copy.reviews = sorted(copy.reviews)
        copy.studyLog = sorted(copy.studyLog)
        copy.journal = sorted(copy.journal)
        for (id, criterion) in copy.criteria { copy.criteria[id]?.ratings = sorted(criterion.ratings) }
        for (id, path) in copy.paths { copy.paths[id]?.replans = sorted(path.replans) }
        return copy
    }
}
