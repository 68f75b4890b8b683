import Foundation
import Testing

@testable import WaymarkSync

@Suite("A lock a killed push left in the remote")
struct RemoteLockTests {
    static let repository = URL(fileURLWithPath: "/data/sync")

    static func refused(_ lock: String) -> String {
        "remote: error: cannot lock ref 'refs/heads/main': Unable to create '\(lock)': File exists.\n"
            + "To /media/usb/w.git\n ! [remote rejected] HEAD -> main (failed to update ref)\n"
            + "error: failed to push some refs to '/media/usb/w.git'\n"
    }

    @Test("git's words name the lock; a remote on this disk can be cleared here")
    func local() {
        let lock = RemoteLock(
            pushError: Self.refused("/media/usb/w.git/./refs/heads/main.lock"), remote: "/media/usb/w.git",
            repository: Self.repository)
        #expect(lock == RemoteLock(path: "/media/usb/w.git/./refs/heads/main.lock", isLocal: true))
    }

    @Test("a file:// remote is on this disk, a relative one is read from the repository")
    func localForms() {
        #expect(RemoteLock.localDirectory(of: "file:///media/usb/w.git", from: Self.repository) == "/media/usb/w.git")
        #expect(RemoteLock.localDirectory(of: "../w.git", from: Self.repository) == "/data/sync/../w.git")
    }

    @Test("ssh and https remotes are another machine's: their locks are named, never touched")
    func remoteForms() {
        for remote in ["git@github.com:me/p.git", "ssh://host/srv/p.git", "https://example.org/p.git"] {
            #expect(RemoteLock.localDirectory(of: remote, from: Self.repository) == nil, "\(remote)")
            let lock = RemoteLock(
                pushError: Self.refused("/srv/p.git/refs/heads/main.lock"), remote: remote,
                repository: Self.repository)
            #expect(lock?.isLocal == false)
        }
    }

    @Test("a lock outside the remote, or in its object store, is not the remote's to clear")
    func outside() {
        for path in ["/media/usb/other.git/refs/heads/main.lock", "/media/usb/w.git/objects/pack/x.lock"] {
            let lock = RemoteLock(
                pushError: Self.refused(path), remote: "/media/usb/w.git", repository: Self.repository)
            #expect(lock?.isLocal == false, "\(path)")
        }
    }

    @Test("a failure that names no lock is something else")
    func otherFailures() {
        let rejected = " ! [rejected] HEAD -> main (fetch first)\nerror: failed to push some refs to 'r'\n"
        #expect(RemoteLock(pushError: rejected, remote: "/r", repository: Self.repository) == nil)
        let notLock = "Unable to create '/r/refs/heads/main': File exists."
        #expect(RemoteLock(pushError: notLock, remote: "/r", repository: Self.repository) == nil)
    }

    @Test("a leftover unchanged through the wait is removed")
    func leftover() async throws {
        let file = try Self.lockFile()
        let lock = RemoteLock(path: file.path, isLocal: true)
        #expect(await lock.clear(after: {}))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("a lock that changed during the wait belongs to a push at work and is left to it")
    func inUse() async throws {
        let file = try Self.lockFile()
        let lock = RemoteLock(path: file.path, isLocal: true)
        let cleared = await lock.clear(after: {
            // Another push takes the lock anew: a new file, with a time of its own.
            try? FileManager.default.removeItem(at: file)
            try? Data("x".utf8).write(to: file)
            try? FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1)], ofItemAtPath: file.path)
        })
        #expect(cleared, "the push is tried again")
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test("a remote on another machine cannot be cleared from here")
    func notLocal() async {
        #expect(await RemoteLock(path: "/srv/p.git/refs/heads/main.lock", isLocal: false).clear(after: {}) == false)
    }

    static func lockFile() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "waymark-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appending(path: "main.lock")
        try Data().write(to: file)
        return file
    }
}
