import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

@Suite("Path standing and pace")
struct PathStandingTests {
    let path = try! MiniCurriculum().load().paths[0]
    let start = Day("2026-11-02")!

    func standing(after days: Int, done: [String] = [], skipped: [String] = [], read: [String] = []) -> PathStanding {
        var progress = LearnerProgress()
        progress.apply(.start(pathID: "alpha", on: start, restart: false))
        let at = Date(timeIntervalSince1970: 0)
        for id in read { progress.apply(.markRead(lessonID: id, at: at)) }
        for id in done { progress.apply(.setState(deliverableID: id, .done, at: at)) }
        for id in skipped { progress.apply(.setState(deliverableID: id, .skipped, at: at)) }
        let today = start.adding(days: days)
        return PathStanding(path: path, progress: progress, today: today)
    }

    @Test("the quick completion count agrees with the full standing")
    func completionAgrees() {
        for (done, skipped) in [([], []), (["notes"], []), (["notes"], ["build-it"]), (["notes", "build-it"], [])] {
            let full = standing(after: 3, done: done, skipped: skipped)
            var progress = LearnerProgress()
            for id in done { progress.apply(.setState(deliverableID: id, .done, at: Date(timeIntervalSince1970: 0))) }
            for id in skipped {
                progress.apply(.setState(deliverableID: id, .skipped, at: Date(timeIntervalSince1970: 0)))
            }
            let quick = PathStanding.completion(of: path, in: progress)
            #expect(quick.done == full.done && quick.total == full.total && quick.percent == full.percent)
        }
    }

    @Test("day ordinals match the calendar across months and leap years")
    func dayArithmetic() {
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(Day("2024-02-28")!.days(until: Day("2024-03-01")!) == 2)
        #expect(Day("2026-12-31")!.days(until: Day("2027-01-01")!) == 1)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("26-1-1") == nil)
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
        #expect(Day("2026-11-30")!.adding(days: 2) == Day("2026-12-02"))
    }

    @Test("the first seven days are week 1, the eighth starts week 2")
    func currentWeek() {
        #expect(standing(after: 0).currentWeek == 1)
        #expect(standing(after: 6).currentWeek == 1)
        #expect(standing(after: 7).currentWeek == 2)
    }

    @Test("a start date in the future is reported as starting later")
    func futureStart() {
        #expect(standing(after: -3).pace == .startsLater)
    }

    @Test("on track while the open phase covers this week")
    func onTrack() {
        #expect(standing(after: 2).pace == .onTrack)
    }

    @Test("behind by the weeks since the open phase should have ended")
    func behind() {
        #expect(standing(after: 14).pace == .behind(weeks: 2))
        #expect(standing(after: 14).pace.description == "2 weeks behind")
    }

    @Test("ahead when later phases are reached early")
    func ahead() {
        // Week 1's units (4) and three of week 2-3's: 2.5 weeks into the plan on day 0.
        #expect(standing(after: 0, done: ["notes", "build-it"], read: ["one"]).pace == .ahead(weeks: 2))
    }

    @Test("ticking the week's only deliverable on day 1 with its lessons unread is on track, not ahead")
    func lessonsWeigh() throws {
        let result = standing(after: 1, done: ["notes"])
        #expect(result.pace == .onTrack)
        let measure = try #require(result.measure)
        #expect(measure.done == 3 && measure.total == 8)
        #expect(result.paceExplanation == "3 of 8 units done, 1 due by today (deliverable 3, step 1, lesson 1)")
    }

    @Test("skipped deliverables count for pace but not as done")
    func skippedCounts() {
        let result = standing(after: 0, done: ["notes"], skipped: ["build-it"], read: ["one", "two"])
        #expect(result.pace == .complete)
        #expect(result.done == 1)
        #expect(result.percent == 50)
        #expect(result.nextDeliverable == nil)
    }

    @Test("the next deliverable prefers one already in progress")
    func nextDeliverable() {
        var progress = LearnerProgress()
        progress.apply(.setState(deliverableID: "build-it", .inProgress, at: Date()))
        let result = PathStanding(path: path, progress: progress, today: start)
        #expect(result.nextDeliverable?.id == "build-it")
        #expect(result.pace == .notStarted)
    }
}

@Suite("Reports")
struct ReportLayoutTests {
    @Test("a week label wider than 'Weeks 1-2' keeps a space before the phase's focus")
    func wideWeekLabels() throws {
        let curriculum = try MiniCurriculum()
            .replacing("duration-weeks: 2-3", with: "duration-weeks: 10-12", in: "paths/alpha.yaml")
            .replacing("weeks: 2-3", with: "weeks: 2-11", in: "paths/alpha.yaml")
            .load()
        var progress = LearnerProgress()
        progress.apply(.start(pathID: "alpha", on: Day("2026-11-02")!, restart: false))
        let text = StatusReport(curriculum: curriculum, progress: progress, today: Day("2026-11-03")!)
            .text(style: .plain)
        #expect(text.contains("Weeks 2-11 Practice"), "\(text)")
    }
}
