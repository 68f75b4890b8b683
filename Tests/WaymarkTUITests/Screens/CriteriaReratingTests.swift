import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

@Suite("update: criteria offered for rating again")
struct CriteriaReratingTests {
    @Test("a rating more than two weeks old is offered again; one of exactly two weeks is not")
    func offer() {
        let rated = fixedNow
        let day = Day(rated, in: .utc)
        #expect(
            CriteriaScreen.reratingOffer(lastRatedAt: rated, today: day.adding(days: 17), in: .utc)
                == "rated 17 days ago — rate again?")
        #expect(CriteriaScreen.reratingOffer(lastRatedAt: rated, today: day.adding(days: 14), in: .utc) == nil)
        #expect(CriteriaScreen.reratingOffer(lastRatedAt: nil, today: day, in: .utc) == nil)
    }

    @Test("the criteria screen says so under a criterion rated long ago")
    func onScreen() {
        var state = makeState(started: true)
        let longAgo = fixedNow.addingTimeInterval(-40 * 86_400)
        state.progress.apply(.rate(criterionID: "explain-all-seven-laws", .partly, note: nil, at: longAgo))
        press(.character("c"), on: &state)
        let text = ScreenRenderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("days ago — rate again?"))
    }
}
