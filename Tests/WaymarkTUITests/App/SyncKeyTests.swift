import Foundation
import Testing
import WaymarkCore

@testable import WaymarkTUI

@Suite("the sync key")
struct SyncKeyTests {
    private func syncingState(remote: String? = "/media/usb/waymark.git", lastSynced: Date? = nil) -> AppState {
        var state = makeState(started: true)
        state.app.sync = SyncState(remote: remote, lastSynced: lastSynced)
        return state
    }

    @Test("S starts one sync in the background and says so; the header shows it running")
    func startsSync() {
        var state = syncingState()
        #expect(press(.character("S"), on: &state) == [.sync])
        #expect(state.app.sync?.isRunning == true)
        #expect(state.message?.text == "Syncing…")
        #expect(ScreenRenderer.render(state).lines[0].contains("syncing…"))
    }

    @Test("S while a sync runs starts no second one")
    func oneAtATime() {
        var state = syncingState()
        press(.character("S"), on: &state)
        #expect(press(.character("S"), on: &state) == [])
        #expect(state.message?.text == "A sync is already running.")
    }

    @Test("keys keep working while a sync runs")
    func typingGoesOn() {
        var state = syncingState()
        press(.character("S"), on: &state)
        let before = state.screen.cursorIndex
        press(.down, on: &state)
        #expect(state.screen.cursorIndex != before)
        #expect(state.app.sync?.isRunning == true)
    }

    @Test("the result replaces the message, and the header says when the last sync was")
    func finished() {
        var state = syncingState()
        press(.character("S"), on: &state)
        let done = fixedNow.addingTimeInterval(-5 * 60)
        _ = update(
            &state,
            .syncFinished(message: "Synced with r: 1 change in, 0 out.", failed: false, lastSynced: done, remote: "r"),
            now: fixedNow)
        #expect(state.app.sync == SyncState(remote: "r", lastSynced: done))
        #expect(state.message == .init(text: "Synced with r: 1 change in, 0 out.", isError: false))
        #expect(ScreenRenderer.render(state).lines[0].contains("synced 5 min ago"))
    }

    @Test("a failed sync is shown as an error")
    func failed() {
        var state = syncingState()
        press(.character("S"), on: &state)
        _ = update(&state, .syncFinished(message: "Could not reach r.", failed: true, lastSynced: nil, remote: "r"))
        #expect(state.message?.isError == true)
        #expect(state.app.sync?.isRunning == false)
    }

    @Test("the footer shows S only once a remote is set; without a way to sync, S does nothing")
    func footerAndHelp() {
        let app = syncingState().app
        let withRemote = Chrome.footer(for: syncingState().screen, app, width: 200)
        #expect(withRemote.map(\.text).joined().contains("S sync progress"))
        let noRemote = syncingState(remote: nil)
        #expect(!Chrome.footer(for: noRemote.screen, noRemote.app, width: 200).map(\.text).joined().contains("S sync"))
        var unable = makeState(started: true)
        #expect(press(.character("S"), on: &unable) == [])
        #expect(!HelpOverlay.rows(on: unable.screen).contains { $0.summary.contains("sync progress") })
        #expect(HelpOverlay.rows(on: noRemote.screen, canSync: true).contains { $0.summary.contains("sync progress") })
    }

    @Test("the header's time: just now, minutes, hours, days")
    func ages() {
        let sync = { (minutes: Double) in
            SyncState(remote: "r", lastSynced: fixedNow.addingTimeInterval(-minutes * 60)).label(now: fixedNow)
        }
        #expect(sync(0.5) == "synced just now")
        #expect(sync(59) == "synced 59 min ago")
        #expect(sync(150) == "synced 2 h ago")
        #expect(sync(3 * 24 * 60) == "synced 3 days ago")
        #expect(SyncState(remote: "r", lastSynced: nil).label(now: fixedNow) == "not synced yet")
        #expect(SyncState(remote: nil, lastSynced: nil).label(now: fixedNow) == nil)
    }
}
