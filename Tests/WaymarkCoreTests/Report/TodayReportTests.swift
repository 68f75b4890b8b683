import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

@Suite("Today report")
struct TodayReportTests {
    let start = Day("2026-11-02")!

    /// Noon UTC on `days` after the start.
    func instant(_ days: Int, hours: Double = 12) -> Date {
        Date(timeIntervalSince1970: Double(start.adding(days: days).ordinal) * 86_400 + hours * 3_600)
    }

    func curriculum() throws -> Curriculum {
        var curriculum = try MiniCurriculum().load()
        curriculum.paths[0].phases[0].deliverables[0].steps = [
            DeliverableStep(id: "notes-1", text: "Pick a topic"),
            DeliverableStep(id: "notes-2", text: "Write it up"),
        ]
        return curriculum
    }

    func progress(_ changes: [ProgressChange] = []) -> LearnerProgress {
        var progress = LearnerProgress()
        progress.apply(.start(pathID: "alpha", on: start, restart: false))
        for change in changes { progress.apply(change) }
        return progress
    }

    func report(
        _ progress: LearnerProgress, cards: [String] = [], day: Int = 0, hours: Double = 12
    ) throws -> TodayReport {
        try #require(
            TodayReport(
                curriculum: try curriculum(), progress: progress, cardIDs: cards, now: instant(day, hours: hours),
                zone: .utc))
    }

    @Test("no active path gives no report")
    func noPath() throws {
        #expect(
            TodayReport(
                curriculum: try curriculum(), progress: LearnerProgress(), cardIDs: [], now: instant(0), zone: .utc)
                == nil)
    }

    @Test("new cards are due now; reviewed cards count on the day they fall due")
    func dueCounts() throws {
        let first = ReviewLog.answer("one#a", .good, at: instant(0), after: nil)
        let second = ReviewLog.answer("one#b", .again, at: instant(-5), after: nil)
        var progress = progress()
        progress.reviews = [first, second]
        let report = try report(progress, cards: ["one#a", "one#b", "one#c"])
        // one#c is new, one#b was due days ago, one#a is due later.
        #expect(report.reviewsDue == 2)
        #expect(report.reviewsByDay.count == 14)
        #expect(report.reviewsByDay[0] == 2)
        let dueDay = start.days(until: Day(first.due, in: .utc))
        #expect(dueDay > 0)
        if dueDay < 14 { #expect(report.reviewsByDay[dueDay] == 1) }
        #expect(report.reviewsByDay.reduce(0, +) == (dueDay < 14 ? 3 : 2))
    }

    @Test("the next lessons are this week's phase's unread ones")
    func nextLessons() throws {
        #expect(try report(progress()).nextLessons.map(\.id) == ["one"])
        #expect(try report(progress([.markRead(lessonID: "one", at: instant(0))])).nextLessons.isEmpty)
        #expect(try report(progress(), day: 8).nextLessons.map(\.id) == ["two"])
        #expect(try report(progress(), day: 8).nextLessons.first?.title == "Two")
    }

    @Test("the deliverable shows its next undone step")
    func deliverableStep() throws {
        let fresh = try report(progress()).deliverable
        #expect(fresh?.id == "notes" && fresh?.phaseID == "first")
        #expect(fresh?.nextStep?.id == "notes-1" && fresh?.stepsDone == 0 && fresh?.stepsTotal == 2)
        let ticked = try report(progress([.setStep(stepID: "notes-1", done: true, at: instant(0))])).deliverable
        #expect(ticked?.nextStep?.text == "Write it up" && ticked?.stepsDone == 1)
        let done = try report(progress([.setState(deliverableID: "notes", .done, at: instant(0))])).deliverable
        #expect(done?.id == "build-it" && done?.nextStep == nil)
    }

    @Test("minutes count only the path's current week, against the goal")
    func minutes() throws {
        var progress = progress()
        for (day, minutes) in [(-1, 100), (0, 20), (6, 25), (7, 40)] {
            progress.studyLog.append(
                StudyEntry(on: start.adding(days: day), minutes: minutes, source: .reader, at: instant(day)))
        }
        let first = try report(progress, day: 3)
        #expect(first.minutesThisWeek == 45)
        #expect(first.weeklyGoalMinutes == 300)
        #expect(try report(progress, day: 9).minutesThisWeek == 40)
        progress.onboarding = Onboarding(weeklyGoalMinutes: 90)
        #expect(try report(progress, day: 3).weeklyGoalMinutes == 90)
        #expect(first.minutesLine == "45 of 300 minutes this week")
    }

    @Test("planned against done, week by week, places work in the week it was done")
    func weekChart() throws {
        let progress = progress([
            .markRead(lessonID: "one", at: instant(1)),
            .setState(deliverableID: "notes", .done, at: instant(8)),
        ])
        let report = try report(progress, day: 15)
        #expect(report.weeks.map(\.week) == [1, 2, 3])
        // Week 1 plans the lesson (1), the deliverable (3) and its two steps (1 each).
        #expect(report.weeks.map(\.planned) == [6, 2, 2])
        #expect(report.weeks.map(\.done) == [1, 5, 0])
        #expect(report.weeks.count == report.weekChart().count)
        #expect(report.weekChart(width: 4)[0] == "wk1 ░░░░ 1/6")
        #expect(report.weekChart(width: 4)[1].hasSuffix(" 5/2"))
    }

    @Test("behind the plan, the report says what to do")
    func behind() throws {
        let report = try report(progress(), day: 15)
        guard case .behind = report.pace else {
            Issue.record("expected behind, got \(report.pace)")
            return
        }
        #expect(report.advice == "re-plan with R on the plan, or: read Two next")
        #expect(try self.report(progress()).advice == nil)
    }

    @Test("the JSON and text carry the same numbers")
    func jsonAndText() throws {
        let report = try report(progress(), cards: ["x#1"], day: 2)
        let json = report.json
        #expect(json.path == "alpha" && json.week == 1 && json.reviewsDue == 1 && json.reviewsByDay.count == 14)
        #expect(json.deliverable?.nextStep?.id == "notes-1")
        let text = report.text(style: TextStyle.plain)
        #expect(text.contains("Reviews: 1 due"))
        #expect(text.contains("0 of 300 minutes this week"))
        #expect(text.contains("wk1 "))
    }
}
