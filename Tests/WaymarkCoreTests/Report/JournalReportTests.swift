import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@Suite("The journal")
struct JournalReportTests {
    @Test("an insight with no words adds nothing, and a kept one is trimmed to whole seconds")
    func addingEntries() {
        var progress = LearnerProgress()
        let at = Date(timeIntervalSince1970: 1_795_300_000.75)
        let blank = progress.apply(.addJournalEntry(JournalEntry(lessonID: "one", at: at, text: "  \n ")))
        #expect(!blank)
        #expect(progress.journal.isEmpty)
        let kept = progress.apply(.addJournalEntry(JournalEntry(lessonID: "one", at: at, text: "  Queues grow.\n")))
        #expect(kept)
        #expect(
            progress.journal == [
                JournalEntry(lessonID: "one", at: Date(timeIntervalSince1970: 1_795_300_000), text: "Queues grow.")
            ])
    }

    @Test("entries come by day, oldest first, ties in the order they were noted, each under its lesson")
    func byDay() {
        let report = JournalReport(
            curriculum: PortfolioFixture.curriculum(), progress: PortfolioFixture.progress, zone: .utc)
        #expect(report.days.map(\.day.description) == ["2026-11-03", "2026-11-10"])
        #expect(report.days[0].entries.map(\.text) == ["First thought.\nSecond line.", "Racks fail together — 同時に"])
        #expect(
            report.text(style: .plain) == """
                2026-11-03
                  Law 1: Correlated failure
                    First thought.
                    Second line.
                  Law 1: Correlated failure
                    Racks fail together — 同時に

                2026-11-10
                  Little's Law: L = λW
                    L = λW explains our queue.
                """)
        #expect(report.json.map(\.day) == ["2026-11-03", "2026-11-03", "2026-11-10"])
        #expect(report.json[2].lessonTitle == "Little's Law: L = λW")
        #expect(report.json[2].at == "2026-11-10T12:00:00Z")
    }

    @Test("an empty journal says how to add to it")
    func empty() {
        let report = JournalReport(curriculum: PortfolioFixture.curriculum(), progress: LearnerProgress(), zone: .utc)
        #expect(report.isEmpty)
        #expect(report.text(style: .plain).contains("Press i in a lesson"))
    }
}
