import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// Progress under ids the course no longer has is named, with the command that
/// removes it, on Today and on the path picker; a course without any shows nothing.
@Suite("view: progress for ids the course no longer has")
struct OrphanNoticeTests {
    static let notice = "Progress kept for 2 ids no longer in this course · waymark forget ID"

    func stateWithOrphans(onToday: Bool) -> AppState {
        var state = makeState(started: true, daysAgo: 3, onToday: onToday)
        state.progress.deliverables["removed-deliverable"] = DeliverableProgress(state: .done, changedAt: fixedNow)
        state.progress.lessonsRead["removed-lesson"] = fixedNow
        return state
    }

    @Test("Today names how many ids and the command, under its first line")
    func onToday() {
        let lines = ScreenRenderer.render(stateWithOrphans(onToday: true)).lines
        #expect(lines[3].contains(Self.notice), "\(lines.joined(separator: "\n"))")
    }

    @Test("the path picker names them too")
    func onPicker() {
        var state = stateWithOrphans(onToday: false)
        press(.character("p"), on: &state)
        #expect(ScreenRenderer.render(state).lines.contains { $0.contains(Self.notice) })
    }

    @Test("no notice when every id is the course's")
    func none() {
        let lines = ScreenRenderer.render(makeState(started: true, daysAgo: 3, onToday: true)).lines
        #expect(!lines.contains { $0.contains("no longer in this course") })
    }
}
