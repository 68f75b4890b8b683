import Foundation
import Testing
import WaymarkCore

@testable import WaymarkSync

// One at a time: a git started by one test holds, until it execs, a copy of
// whatever lock another test had open at that instant.
@Suite("waymark sync against local remotes", .serialized)
struct SynchronizerTests {
    @Test("the first sync with an empty remote pushes this machine's progress")
    func firstPush() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        try fixture.store("a").startPath()
        let sync = fixture.synchronizer("a")
        try await sync.setRemote(remote)
        let report = try await sync.sync()
        #expect(report.changesOut > 0)
        let pushed = try fixture.git(["show", "main:progress.json"], in: URL(fileURLWithPath: remote))
        #expect(Data(pushed.utf8) == fixture.store("a").fileBytes)
        #expect(sync.lastSynced != nil)
        #expect(try await sync.sync().summary.hasSuffix("already up to date."))
    }

    @Test("a new machine with no progress of its own takes the remote's")
    func newMachine() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        try fixture.store("a").startPath()
        let first = fixture.synchronizer("a")
        try await first.setRemote(remote)
        _ = try await first.sync()
        let second = fixture.synchronizer("b")
        try await second.setRemote(remote)
        let report = try await second.sync()
        #expect(report.changesIn > 0)
        #expect(try fixture.store("b").load().activePath == "foundation-builder")
    }

    @Test("without a remote, sync names the command that sets one")
    func noRemote() async throws {
        let fixture = try SyncFixture()
        try fixture.store("a").startPath()
        await #expect(throws: SyncError.noRemote) { try await fixture.synchronizer("a").sync() }
    }

    @Test("without git on the PATH, sync says to install git")
    func noGit() async throws {
        let fixture = try SyncFixture()
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = fixture.root.path
        await #expect(throws: SyncError.gitMissing) {
            try await fixture.synchronizer("a", environment: environment).sync()
        }
    }

    @Test("an unreachable remote leaves progress as it was and says to sync later")
    func unreachable() async throws {
        let fixture = try SyncFixture()
        let store = fixture.store("a")
        try store.startPath()
        let before = store.fileBytes
        let missing = fixture.root.appending(path: "unmounted/waymark.git").path
        let sync = fixture.synchronizer("a")
        try await sync.setRemote(missing)
        await #expect(throws: SyncError.unreachable(remote: missing)) { try await sync.sync() }
        #expect(store.fileBytes == before)
        #expect(sync.lastSynced == nil)
    }

    @Test("a remote holding another project is refused, and progress is untouched")
    func foreignHistory() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        try fixture.pushForeignProject(to: remote, branch: "main")
        let store = fixture.store("a")
        try store.startPath()
        let before = store.fileBytes
        let sync = fixture.synchronizer("a")
        try await sync.setRemote(remote)
        await #expect(throws: SyncError.foreignRemote(remote: remote, holds: "history that Waymark did not write")) {
            try await sync.sync()
        }
        #expect(store.fileBytes == before)
        let branch = try fixture.git(["log", "--format=%s", "main"], in: URL(fileURLWithPath: remote))
        #expect(branch == "Start\n")
    }

    @Test("a remote with branches of its own and no Waymark branch is refused")
    func foreignBranches() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        try fixture.pushForeignProject(to: remote, branch: "master")
        try fixture.store("a").startPath()
        let sync = fixture.synchronizer("a")
        try await sync.setRemote(remote)
        await #expect(
            throws: SyncError.foreignRemote(
                remote: remote, holds: "branches of its own (master) and no Waymark progress")
        ) {
            try await sync.sync()
        }
    }

    @Test("a sync killed mid-merge (a merge in progress, git's lock, a half-written file) is recovered by the next")
    func recovery() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        let store = fixture.store("a")
        let sync = try await fixture.syncedOnce("a", with: remote)
        let repository = Synchronizer.repositoryDirectory(in: store.directory)
        let head = try fixture.git(["rev-parse", "HEAD"], in: repository)
        try Data(head.utf8).write(to: repository.appending(path: ".git/MERGE_HEAD"))
        try Data().write(to: repository.appending(path: ".git/index.lock"))
        try Data("{\"schemaVer".utf8).write(to: repository.appending(path: "progress.json"))
        try store.apply([
            .markRead(lessonID: "law-1-correlated-failure", at: Date(timeIntervalSince1970: 1_790_000_000))
        ])
        let report = try await sync.sync()
        #expect(report.changesOut > 0)
        let pushed = try fixture.git(["show", "main:progress.json"], in: URL(fileURLWithPath: remote))
        #expect(Data(pushed.utf8) == store.fileBytes)
        #expect(!FileManager.default.fileExists(atPath: repository.appending(path: ".git/MERGE_HEAD").path))
    }

    @Test(
        "a save made while a sync merges is merged too, never overwritten",
        .enabled(if: SyncFixture.builtWaymark != nil, "needs the built waymark as the merge driver"))
    func saveDuringSync() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        let driver = SyncFixture.builtWaymark ?? ""
        let (here, there) = (fixture.store("a"), fixture.store("b"))
        try here.startPath()
        var first = fixture.synchronizer("a", executable: driver)
        try await first.setRemote(remote)
        _ = try await first.sync()
        let second = fixture.synchronizer("b", executable: driver)
        try await second.setRemote(remote)
        _ = try await second.sync()
        let moment = Date(timeIntervalSince1970: 1_790_000_000)
        try there.apply([.rate(criterionID: "explain-all-seven-laws", .partly, note: "from b", at: moment)])
        _ = try await second.sync()
        // The view saves once, between the merge and the copy back.
        let saved = SaveOnce(store: here)
        first.beforeWriteBack = { saved.run() }
        _ = try await first.sync()
        let result = try here.load()
        #expect(result.lessonsRead["law-correlated-failure"] != nil, "the save made during the sync is kept")
        #expect(result.criteria["explain-all-seven-laws"]?.ratings.count == 1, "the remote's rating came in")
        let pushed = try fixture.git(["show", "main:progress.json"], in: URL(fileURLWithPath: remote))
        #expect(Data(pushed.utf8) == here.fileBytes)
    }

    @Test("a sync killed after its merge but before copying it out merges again, undoing nothing")
    func killedAfterMerge() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        let (here, there) = (fixture.store("a"), fixture.store("b"))
        try here.startPath()
        let first = fixture.synchronizer("a")
        try await first.setRemote(remote)
        _ = try await first.sync()
        let second = fixture.synchronizer("b")
        try await second.setRemote(remote)
        _ = try await second.sync()
        let moment = Date(timeIntervalSince1970: 1_790_000_000)
        try there.apply([.rate(criterionID: "explain-all-seven-laws", .partly, note: nil, at: moment)])
        _ = try await second.sync()
        // Where a kill after the merge leaves A: the remote's commit merged, the live file not yet written.
        let repository = Synchronizer.repositoryDirectory(in: here.directory)
        try fixture.git(["fetch", "--quiet", "origin"], in: repository)
        try fixture.git(["merge", "--quiet", "--ff-only", "origin/main"], in: repository)
        #expect(try here.load().criteria["explain-all-seven-laws"] == nil)
        _ = try await first.sync()
        #expect(try here.load().criteria["explain-all-seven-laws"]?.ratings.count == 1)
        let pushed = try fixture.git(["show", "main:progress.json"], in: URL(fileURLWithPath: remote))
        #expect(pushed.contains("explain-all-seven-laws"), "the remote keeps the rating")
    }

    @Test("a ref lock a killed push left in a remote on this disk is cleared, and the push goes through")
    func leftoverRemoteLock() async throws {
        let fixture = try SyncFixture()
        let remote = try fixture.bareRemote()
        let store = fixture.store("a")
        var sync = try await fixture.syncedOnce("a", with: remote)
        sync.remoteLockSettle = .milliseconds(20)
        // What a receive-pack killed between taking the branch's lock and moving it leaves.
        let lock = URL(fileURLWithPath: remote).appending(path: "refs/heads/main.lock")
        try Data().write(to: lock)
        try store.apply([
            .markRead(lessonID: "law-1-correlated-failure", at: Date(timeIntervalSince1970: 1_790_000_000))
        ])
        let report = try await sync.sync()
        #expect(report.changesOut > 0)
        #expect(!FileManager.default.fileExists(atPath: lock.path))
        let pushed = try fixture.git(["show", "main:progress.json"], in: URL(fileURLWithPath: remote))
        #expect(Data(pushed.utf8) == store.fileBytes)
    }

    @Test("a second sync while one runs says so instead of waiting")
    func busy() async throws {
        let fixture = try SyncFixture()
        let sync = fixture.synchronizer("a")
        try await sync.setRemote(try fixture.bareRemote())
        let held = try SyncLock(in: Synchronizer.repositoryDirectory(in: sync.dataDirectory).appending(path: ".git"))
        await #expect(throws: SyncError.busy) { try await sync.sync() }
        withExtendedLifetime(held) {}
    }

    @Test("the repository lives beside the live files, and git never writes the live file")
    func beside() async throws {
        let fixture = try SyncFixture()
        let store = fixture.store("a")
        let sync = try await fixture.syncedOnce("a", with: try fixture.bareRemote())
        #expect(Synchronizer.repositoryDirectory(in: store.directory).path == store.directory.path + "/sync")
        #expect(!FileManager.default.fileExists(atPath: store.directory.appending(path: ".git").path))
        #expect(sync.liveProgressFiles() == ["progress.json"])
    }
}

/// A save the view might make in the middle of a sync, made the first time only.
private final class SaveOnce: @unchecked Sendable {
    let store: ProgressStore
    private var done = false

    init(store: ProgressStore) { self.store = store }

    func run() {
        guard !done else { return }
        done = true
        _ = try? store.apply([
            .markRead(lessonID: "law-correlated-failure", at: Date(timeIntervalSince1970: 1_790_000_000))
        ])
    }
}
