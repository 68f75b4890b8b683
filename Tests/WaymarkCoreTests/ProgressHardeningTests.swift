import Foundation
import Testing

@testable import WaymarkCore

#if canImport(Glibc)
    import Glibc
#endif

private let noon = Date(timeIntervalSince1970: 1_795_000_000)

/// The cases an adversarial pass found (issue 21): each failed before its fix.
@Suite("Progress hardening", .serialized)
struct ProgressHardeningTests {
    @Test("two instances reaching one file through a symlink and directly lose no edit")
    func symlinkedFileSharesOneLock() throws {
        for trial in 0..<20 {
            let temp = TemporaryDirectory()
            let real = ProgressStore(directory: temp.url.appendingPathComponent("r2"))
            try real.apply([.start(pathID: "p", on: Day("2026-11-01")!, restart: false)])
            let linked = temp.url.appendingPathComponent("r1")
            try FileManager.default.createDirectory(at: linked, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: linked.appendingPathComponent("progress.json"), withDestinationURL: real.fileURL)
            let viaLink = ProgressStore(directory: linked)
            #expect(viaLink.lockURL.path == real.lockURL.path)

            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 14) { index in
                let store = index % 2 == 0 ? viaLink : real
                let state: DeliverableState = index % 2 == 0 ? .done : .skipped
                do {
                    try store.apply([.setState(deliverableID: "d\(index)", state, at: noon)])
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty, "trial \(trial): \(failures.all)")
            let saved = try real.load()
            #expect((0..<14).allSatisfy { saved.state(of: "d\($0)") != .todo }, "trial \(trial) lost edits")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: linked.path)
            #expect(leftovers == ["progress.json"], "no lock, backup or temporary file beside the link")
        }
    }

    @Test("a date outside the years 0001 to 9999 is refused before anything is written")
    func farFutureDateRefused() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        let before = try Data(contentsOf: temp.store.fileURL)
        let year10000 = Date(timeIntervalSince1970: Timestamp.representable.upperBound + 1)
        #expect(throws: ProgressError.dateOutOfRange(file: temp.store.fileURL.path)) {
            try temp.store.apply([.setState(deliverableID: "b", .done, at: year10000)])
        }
        #expect(try Data(contentsOf: temp.store.fileURL) == before)
        #expect(try temp.store.load().state(of: "b") == .todo)
    }

    @Test("anything saved reads back, at the edges of the representable years")
    func edgeDatesRoundTrip() throws {
        for seconds in [Timestamp.representable.lowerBound, 0, Timestamp.representable.upperBound] {
            let temp = TemporaryDirectory()
            let date = Date(timeIntervalSince1970: seconds)
            let saved = try temp.store.apply([.setState(deliverableID: "a", .done, at: date)])
            #expect(try ProgressStore(directory: temp.store.directory).load() == saved)
        }
    }

    @Test("a revision too large to add one to is refused as damage, not a crash on save")
    func hugeRevisionIsDamage() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        let text = #"{"revision": 9223372036854775807, "schemaVersion": 2}"#
        try Data(text.utf8).write(to: temp.store.fileURL)
        #expect {
            try temp.store.load()
        } throws: { error in
            "\(error)".contains("revision 9223372036854775807 is out of range")
        }
        #expect(throws: ProgressError.self) { try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)]) }
        #expect(try String(contentsOf: temp.store.fileURL, encoding: .utf8) == text)
    }

    @Test("a key given twice in one object is refused as damage and named")
    func duplicateKeysRefused() throws {
        let text =
            #"{"deliverables": {"a": {"changedAt": "2026-11-21T10:00:00Z", "state": "done", "state": "todo"}}, "revision": 1, "schemaVersion": 2}"#
        #expect {
            try ProgressCodec.decode(Data(text.utf8), file: "p")
        } throws: { error in
            "\(error)".contains("key 'state' appears twice")
        }
        let escaped = #"{"revision": 1, "revision": 2, "schemaVersion": 2}"#
        #expect(throws: ProgressError.self) { try ProgressCodec.decode(Data(escaped.utf8), file: "p") }
        // The same key in two different objects is fine.
        let fine =
            #"{"paths": {"a": {"startedOn": "2026-11-01"}, "b": {"startedOn": "2026-11-02"}}, "revision": 1, "schemaVersion": 2}"#
        #expect(try ProgressCodec.decode(Data(fine.utf8), file: "p").paths.count == 2)
    }

    @Test("cleanup removes only temporary files of ours whose writer is gone")
    func cleanupLeavesLearnerFilesAlone() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        let directory = temp.store.directory
        let dead = "progress.json.tmp-\(Int32.max - 7)-12345"
        let alive = "progress.json.tmp-\(getpid())-99"
        let learners = ["progress.mynotes.tmp-backup.txt", "progress.json.tmp-notes", "progress.json.tmp-1-x"]
        for name in [dead, alive] + learners {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        _ = try temp.store.load()
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        #expect(!names.contains(dead))
        #expect(names.isSuperset(of: [alive] + learners))
    }

    @Test("a lock held by another process times out with a message, and Ctrl-C aborts before applying")
    func heldLockIsBounded() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        try withHeldLock(temp.store.lockURL) {
            try expectBoundedWaits(temp)
        }
        let saved = try temp.store.load()
        #expect(saved.state(of: "b") == .todo && saved.state(of: "c") == .todo)
    }

    private func withHeldLock(_ url: URL, _ body: () throws -> Void) throws {
        let holder = try FileLock(at: url, exclusive: true)
        defer { withExtendedLifetime(holder) {} }
        try body()
    }

    private func expectBoundedWaits(_ temp: TemporaryDirectory) throws {
        let impatient = ProgressStore(
            directory: temp.store.directory, lockWait: LockWait(timeout: .milliseconds(150), isInterrupted: { false }))
        #expect {
            try impatient.apply([.setState(deliverableID: "b", .done, at: noon)])
        } throws: { error in
            guard case ProgressError.lockTimedOut = error else { return false }
            return "\(error)".contains("Nothing was changed")
        }
        let interrupted = ProgressStore(
            directory: temp.store.directory, lockWait: LockWait(timeout: .seconds(30), isInterrupted: { true }))
        #expect(throws: ProgressError.interrupted(file: temp.store.fileURL.path)) {
            try interrupted.apply([.setState(deliverableID: "c", .done, at: noon)])
        }
    }

    @Test("a directory squatting on the backup's name is named in the message")
    func backupDirectoryNamed() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        try temp.store.apply([.setState(deliverableID: "a", .skipped, at: noon)])
        try FileManager.default.removeItem(at: temp.store.backupURL)
        try FileManager.default.createDirectory(at: temp.store.backupURL, withIntermediateDirectories: false)
        #expect {
            try temp.store.apply([.setState(deliverableID: "b", .done, at: noon)])
        } throws: { error in
            let text = "\(error)"
            return text.contains("progress.json.bak: Is a directory") && text.contains("still holds")
                && !text.contains("..")
        }
    }

    @Test("a failed first save says nothing was written and ends with one full stop")
    func firstSaveFailureWording() {
        let error = ProgressError.saveFailed(
            file: "/x/progress.json", reason: "Read-only file system.", previousKept: false)
        #expect(
            error.description
                == "Could not save progress to /x/progress.json: Read-only file system. Nothing was written.")
    }

    @Test("a data directory that is a symlink loop is an error for reading and writing alike")
    func symlinkLoopDataDirectory() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.url, withIntermediateDirectories: true)
        let loop = temp.url.appendingPathComponent("data")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        #expect {
            try temp.store.load()
        } throws: { error in
            "\(error)".contains("loops back on itself")
        }
        #expect(throws: ProgressError.self) { try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)]) }
    }

    @Test("a data directory path longer than the system allows creates nothing")
    func overlongDataDirectory() throws {
        let temp = TemporaryDirectory()
        let deep = (0..<40).reduce(temp.url) { url, _ in url.appendingPathComponent(String(repeating: "d", count: 120))
        }
        #expect(throws: ProgressError.self) {
            try ProgressStore(directory: deep).apply([.setState(deliverableID: "a", .done, at: noon)])
        }
        #expect(!FileManager.default.fileExists(atPath: temp.url.path))
    }

    @Test("a relative HOME is ignored, like a relative XDG_DATA_HOME")
    func relativeHomeIgnored() {
        let directory = ProgressStore.directory(explicit: nil) { $0 == "HOME" ? "relative/home" : nil }
        #expect(directory.path.hasPrefix("/"))
        #expect(!directory.path.contains("relative/home"))
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

@Suite("Progress seen from a running view")
struct ProgressReloadTests {
    @Test("reloadIfChanged is nil while the file is as this store left it, and the fresh progress once another saved")
    func reload() throws {
        let temp = TemporaryDirectory()
        let view = temp.store
        try view.apply([.setState(deliverableID: "a", .done, at: Date(timeIntervalSince1970: 1_795_000_000))])
        #expect(try view.reloadIfChanged() == nil)
        let other = ProgressStore(directory: view.directory)
        try other.apply([.setState(deliverableID: "b", .done, at: Date(timeIntervalSince1970: 1_795_000_000))])
        let fresh = try #require(try view.reloadIfChanged())
        #expect(fresh.state(of: "b") == .done)
        #expect(try view.reloadIfChanged() == nil)
    }
}
