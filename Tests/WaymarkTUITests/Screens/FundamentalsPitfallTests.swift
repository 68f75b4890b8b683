import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("the plan warns when the fundamentals are skipped")
struct FundamentalsPitfallTests {
    private func text(_ state: AppState) -> String { ScreenRenderer.render(state).lines.joined(separator: "\n") }

    @Test("skipping a deliverable of a path's first phase shows the course's pitfall under it")
    func skippedFundamentals() throws {
        var state = makeState(started: true, daysAgo: 9)
        #expect(!text(state).contains("Skipping the fundamentals"))
        state.progress.apply(.setState(deliverableID: "notes-on-each-law", .skipped, at: fixedNow))
        #expect(text(state).contains("⚠ Skipping the fundamentals: go back to the laws often"))
        try assertSnapshot(ScreenRenderer.render(state), named: "plan-skipped-fundamentals-80x24")
    }

    @Test("skipping a deliverable of a later phase shows nothing")
    func laterPhase() {
        var state = makeState(started: true, daysAgo: 9)
        state.progress.apply(.setState(deliverableID: "implement-one-pattern", .skipped, at: fixedNow))
        #expect(!text(state).contains("Skipping the fundamentals"))
    }

    @Test("every bundled path has a fundamentals phase, and the course a pitfall to match")
    func everyPath() throws {
        var progress = LearnerProgress()
        for path in bundled.paths {
            let first = try #require(path.phases.first)
            let deliverable = try #require(first.deliverables.first)
            progress.apply(.setState(deliverableID: deliverable.id, .skipped, at: fixedNow))
            #expect(FundamentalsPitfall.pitfall(for: first, of: path, in: bundled, progress: progress) != nil)
            for later in path.phases.dropFirst() {
                #expect(!FundamentalsPitfall.isFundamentals(later, of: path))
            }
        }
    }
}
