import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

@Suite("Effective plan, steps in pace, study time and re-planning")
struct DailyLoopPlanTests {
    let path = try! MiniCurriculum().load().paths[0]
    let start = Day("2026-11-02")!
    let at = Date(timeIntervalSince1970: 1_800_000_000)

    /// The mini path with two steps on its first deliverable.
    var steppedPath: LearningPath {
        var result = path
        result.phases[0].deliverables[0].steps = [
            DeliverableStep(id: "notes-a", text: "Read"), DeliverableStep(id: "notes-b", text: "Write"),
        ]
        return result
    }

    func progress(replans: [Replan] = [], steps: [String] = [], done: [String] = []) -> LearnerProgress {
        var progress = LearnerProgress()
        progress.apply(.start(pathID: "alpha", on: start, restart: false))
        for replan in replans { progress.apply(.replan(pathID: "alpha", replan)) }
        for id in steps { progress.apply(.setStep(stepID: id, done: true, at: at)) }
        for id in done { progress.apply(.setState(deliverableID: id, .done, at: at)) }
        return progress
    }

    @Test("a re-plan moves its phase and every later one, and re-plans add up")
    func replannedWeeks() {
        let once = path.replanned(by: [Replan(at: at, fromPhase: "second", weeks: 2)])
        #expect(once.phases.map(\.weeks) == [WeekRange(1, 1), WeekRange(4, 5)])
        let twice = path.replanned(by: [
            Replan(at: at, fromPhase: "first", weeks: 1), Replan(at: at, fromPhase: "second", weeks: 2),
        ])
        #expect(twice.phases.map(\.weeks) == [WeekRange(2, 2), WeekRange(5, 6)])
        #expect(twice.plannedEndWeek == 6 && twice.durationWeeks == path.durationWeeks)
    }

    @Test("a re-plan naming a phase the curriculum no longer has moves nothing")
    func unknownPhase() {
        #expect(path.replanned(by: [Replan(at: at, fromPhase: "gone", weeks: 3)]) == path)
    }

    @Test("pace is measured against the re-planned weeks")
    func paceAfterReplan() {
        let today = start.adding(days: 14)
        #expect(PathStanding(path: path, progress: progress(), today: today).pace == .behind(weeks: 2))
        let moved = progress(replans: [Replan(at: at, fromPhase: "first", weeks: 2)])
        let standing = PathStanding(path: path, progress: moved, today: today)
        #expect(standing.pace == .onTrack)
        #expect(standing.currentPhase?.id == "first")
    }

    @Test("each step counts one unit; a resolved deliverable counts its steps too")
    func stepsInPace() {
        let today = start.adding(days: 1)
        let none = PaceMeasure(path: steppedPath, progress: progress(), daysSinceStart: 1)
        #expect(none.total == 10 && none.done == 0)
        let one = PaceMeasure(path: steppedPath, progress: progress(steps: ["notes-a"]), daysSinceStart: 1)
        #expect(one.done == 1)
        let checked = PaceMeasure(path: steppedPath, progress: progress(done: ["notes"]), daysSinceStart: 1)
        #expect(checked.done == 5)
        #expect(
            PathStanding(path: steppedPath, progress: progress(), today: today).paceExplanation?
                .contains("step 1") == true)
    }

    @Test("durations in minutes and hours are read, rounded to whole minutes")
    func durations() {
        let cases: [(String, Int)] = [
            ("45m", 45), ("1h30m", 90), ("1.5h", 90), ("90", 90), ("2h", 120), ("24h", 1440), ("20min", 20),
            (" 1H ", 60), ("0.5m", 1),
        ]
        for (text, minutes) in cases {
            #expect((try? StudyDuration.minutes(text).get()) == minutes, "\(text)")
        }
    }

    @Test("zero, unparsable and more than a day are refused, each with its reason")
    func refusedDurations() {
        let cases: [(String, String)] = [
            ("0", "at least a minute"), ("0h0m", "at least a minute"), ("0.2m", "at least a minute"),
            ("abc", "is not a duration"), ("", "is not a duration"), ("-5m", "is not a duration"),
            ("1h30", "is not a duration"), ("h", "is not a duration"), ("1..5h", "is not a duration"),
            ("24h1m", "more than 24 hours"), ("1e9", "is not a duration"), ("2000", "more than 24 hours"),
        ]
        for (text, reason) in cases {
            guard case .failure(let refusal) = StudyDuration.minutes(text) else {
                Issue.record("\(text) was accepted")
                continue
            }
            #expect(refusal.description.contains(reason), "\(text): \(refusal)")
        }
    }

    @Test("this week is the path's current week from its start date; the goal is onboarding's or the path's hours")
    func studyWeek() {
        var log = progress()
        for (offset, minutes) in [(6, 100), (7, 30), (13, 15), (14, 500)] {
            log.apply(.logStudy(StudyEntry(on: start.adding(days: offset), minutes: minutes, source: .manual, at: at)))
        }
        let week = StudyWeek(progress: log, path: path, today: start.adding(days: 9))
        #expect(week.first == start.adding(days: 7) && week.last == start.adding(days: 13))
        #expect(week.minutes == 45)
        #expect(week.goalMinutes == 300)
        log.apply(.setWeeklyGoal(minutes: 120))
        #expect(StudyWeek(progress: log, path: path, today: start.adding(days: 9)).goalMinutes == 120)
        #expect(StudyWeek(progress: LearnerProgress(), path: nil, today: start).goalMinutes == nil)
    }

    @Test("re-planning when behind moves the first open phase to this week and warns past the maximum")
    func proposeBehind() throws {
        let result = Replanning.propose(path: path, progress: progress(), today: start.adding(days: 14), at: at)
        let proposal = try result.get()
        #expect(proposal.replan.fromPhase == "first" && proposal.replan.weeks == 2)
        #expect(proposal.toWeek == 3 && proposal.newEndWeek == 5 && proposal.passesMaximum)
        #expect(proposal.warning?.contains("past this path's maximum of 3 weeks") == true)
        let later = Replanning.propose(
            path: path, progress: progress(), today: start.adding(days: 14), from: start.adding(days: 28), at: at)
        #expect(try later.get().replan.weeks == 4)
    }

    @Test("re-planning is refused when on track or not started, and a done phase is not moved")
    func proposeRefused() throws {
        #expect(
            Replanning.propose(path: path, progress: progress(), today: start.adding(days: 2), at: at)
                == .failure(.onTrack))
        #expect(
            Replanning.propose(path: path, progress: LearnerProgress(), today: start, at: at)
                == .failure(.notStarted(pathTitle: path.title)))
        let firstDone = progress(done: ["notes"])
        let proposal = try Replanning.propose(path: path, progress: firstDone, today: start.adding(days: 28), at: at)
            .get()
        #expect(proposal.replan.fromPhase == "second" && proposal.toWeek == 5)
    }
}
