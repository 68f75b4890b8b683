import Foundation
import Testing

/// The sync key in a real terminal, with the remote a bare repository on the local disk.
@Suite("the sync key in a real terminal", .serialized)
struct SyncInteractiveTests {
    private func expectScreen(
        _ wait: (found: Bool, screen: String), _ comment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(wait.found, "\(comment)\n--- screen ---\n\(wait.screen)", sourceLocation: sourceLocation)
    }

    @Test("S syncs from the view: the other machine's tick arrives, and the header says when it synced")
    func syncKey() throws {
        let (here, there) = (WaymarkBinary(), WaymarkBinary())
        defer {
            here.removeData()
            there.removeData()
        }
        let remote = try SyncCommandTests.bareRemote(beside: here)
        defer { try? FileManager.default.removeItem(atPath: remote) }
        for (machine, arguments) in [
            (here, ["start", "foundation-builder"]), (here, ["sync", "--remote", remote]),
            (there, ["sync", "--remote", remote]), (there, ["check", "notes-on-each-law"]), (there, ["sync"]),
        ] {
            let result = try machine.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }

        let tmux = TmuxSession(dataDirectory: here.dataDirectory)
        try tmux.start(width: 100, height: 30)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        expectScreen(try tmux.waitFor("synced just now"), "the header says when the last sync was")
        expectScreen(try tmux.waitFor("S sync progress"), "with a remote set, the footer shows the sync key")
        expectScreen(try tmux.waitFor("Deliverable   Notes on each law"), "not yet ticked here")
        try tmux.send("S")
        expectScreen(try tmux.waitFor("Synced with \(remote): 1 change in"), "S syncs and says what came in")
        expectScreen(
            try tmux.waitFor("Deliverable   Implement 1 pattern"), "the tick made on the other machine moves Today on")
        try tmux.send("?")
        expectScreen(try tmux.waitFor("sync progress"), "help lists the sync key")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor { !$0.contains("Keys ·") }, "any key closes help")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let file = try String(contentsOf: here.progressFile, encoding: .utf8)
        #expect(file.contains("\"state\" : \"done\""))
    }

    @Test("S without a remote says how to set one, and the view goes on")
    func syncKeyWithoutRemote() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start(width: 100, height: 30)
        expectScreen(try tmux.waitFor("Waymark · Today"), "a started path opens on Today")
        #expect(try !tmux.screen().contains("S sync"), "no sync key in the footer without a remote")
        try tmux.send("S")
        expectScreen(try tmux.waitFor("waymark sync --remote URL"), "the message names the command")
        try tmux.send("Escape")
        expectScreen(try tmux.waitFor("Path plan"), "keys still work")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
