import Testing

@testable import WaymarkSync

@Suite("Sync failures in plain words")
struct SyncErrorTests {
    @Test("a refused login says progress is kept here and how to get access")
    func authentication() {
        let stderr = "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n"
        let error = SyncError.classify(transportFailure: stderr, remote: "git@github.com:me/p.git")
        #expect(error == .authenticationRefused(remote: "git@github.com:me/p.git"))
        #expect(error?.description.contains("saved here") == true)
    }

    @Test("a host that cannot be reached is offline: sync later")
    func offline() {
        let stderr = "fatal: unable to access 'https://example.org/p.git/': Could not resolve host: example.org\n"
        let error = SyncError.classify(transportFailure: stderr, remote: "https://example.org/p.git")
        #expect(error == .unreachable(remote: "https://example.org/p.git"))
        #expect(error?.description.contains("sync later") == true)
    }

    @Test("a path that is not there (a disk not mounted) is unreachable")
    func missingPath() {
        let stderr =
            "fatal: '/media/usb/w.git' does not appear to be a git repository\n"
            + "fatal: Could not read from remote repository.\n"
        #expect(
            SyncError.classify(transportFailure: stderr, remote: "/media/usb/w.git")
                == .unreachable(remote: "/media/usb/w.git"))
    }

    @Test("an HTTPS password prompt refused is an authentication failure")
    func httpsPrompt() {
        let stderr = "fatal: could not read Username for 'https://github.com': terminal prompts disabled\n"
        #expect(SyncError.classify(transportFailure: stderr, remote: "r") == .authenticationRefused(remote: "r"))
    }

    @Test("words git does not use for either are left to the caller")
    func unknown() {
        #expect(SyncError.classify(transportFailure: "fatal: something else\n", remote: "r") == nil)
    }

    @Test("no remote names the exact command to set one")
    func noRemote() {
        #expect(SyncError.noRemote.description.contains("waymark sync --remote URL"))
    }

    @Test("a lock left in a remote elsewhere is named, with what to do")
    func remoteLocked() {
        let text = SyncError.remoteLocked(remote: "git@h:p.git", lock: "/srv/p.git/refs/heads/main.lock").description
        #expect(text.contains("/srv/p.git/refs/heads/main.lock") && text.contains("remove that file"))
    }

    @Test("the last line git wrote is kept without its fatal: prefix")
    func lastLine() {
        #expect(SyncError.lastLine(of: "hint: x\nfatal: bad thing\n\n") == "bad thing")
    }
}
