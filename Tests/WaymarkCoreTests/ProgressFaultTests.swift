import Foundation
import PropertyBased
import Synchronization
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

#if canImport(Glibc)
    import Glibc
#endif

private let noon = Date(timeIntervalSince1970: 1_795_000_000)

/// Wraps the real system calls of a save, numbering each call, and makes call
/// number `failing` (if any) fail with `code` the way a full or read-only disk does.
final class FaultInjector: Sendable {
    /// Calls so far by name, and the descriptors that are directories.
    private let state = Mutex<(log: [String], directories: Set<Int32>)>(([], []))
    let failing: Int?
    let code: Int32

    init(failing: Int? = nil, code: Int32 = 0) {
        self.failing = failing
        self.code = code
    }

    /// The calls made so far, in order: `fsync`, or `fsync(dir)` on a directory.
    var log: [String] { state.withLock { $0.log } }

    /// True when this call is the one that fails; records it either way.
    private func shouldFail(_ name: String, fd: Int32? = nil) -> Bool {
        let number = state.withLock { state in
            let onDirectory = fd.map { state.directories.contains($0) } ?? false
            state.log.append(onDirectory ? name + "(dir)" : name)
            return state.log.count
        }
        guard number == failing else { return false }
        errno = code
        return true
    }

    var calls: FileSystemCalls {
        let real = FileSystemCalls.system
        return FileSystemCalls(
            open: { path, flags, mode in
                let isDirectory = flags & O_DIRECTORY != 0
                if self.shouldFail(isDirectory ? "open(dir)" : "open") { return -1 }
                let fd = real.open(path, flags, mode)
                if isDirectory, fd >= 0 { self.state.withLock { _ = $0.directories.insert(fd) } }
                return fd
            },
            write: { fd, bytes, count in self.shouldFail("write") ? -1 : real.write(fd, bytes, count) },
            fsync: { fd in self.shouldFail("fsync", fd: fd) ? -1 : real.fsync(fd) },
            // close(2) releases the descriptor even when it reports an error.
            close: { fd in
                let failed = self.shouldFail("close", fd: fd)
                self.state.withLock { _ = $0.directories.remove(fd) }
                let result = real.close(fd)
                return failed ? -1 : result
            },
            rename: { from, to in self.shouldFail("rename") ? -1 : real.rename(from, to) },
            link: { existing, new in self.shouldFail("link") ? -1 : real.link(existing, new) }
        )
    }
}

@Suite("Progress under faults")
struct ProgressFaultTests {
    /// A saved file with a backup, ready for the save under test.
    private func savedTwice(_ temp: TemporaryDirectory) throws {
        try temp.store.apply([.start(pathID: "foundation-builder", on: Day("2026-11-02")!, restart: false)])
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
    }

    @Test("every system call of a save failing with ENOSPC or EROFS leaves the file intact and no temporary file")
    func everyCallFails() throws {
        let healthy = FaultInjector()
        do {
            let temp = TemporaryDirectory()
            try savedTwice(temp)
            try ProgressStore(directory: temp.store.directory, durableFile: DurableFile(calls: healthy.calls))
                .apply([.setState(deliverableID: "b", .done, at: noon)])
        }
        // The backup (a hard link, renamed), then the file: open, write, fsync, close,
        // rename, and the directory's sync.
        #expect(
            healthy.log == [
                "link", "rename", "open", "write", "fsync", "close", "rename", "open(dir)", "fsync(dir)", "close(dir)",
            ])
        // Failing these still saves: the directory sync is best effort once the new
        // file is in place, and a file system without hard links gets a copied backup.
        let tolerated: Set = ["open(dir)", "fsync(dir)", "close(dir)", "link"]

        for code in [ENOSPC, EROFS] {
            for number in 1...healthy.log.count {
                let temp = TemporaryDirectory()
                try savedTwice(temp)
                let before = try Data(contentsOf: temp.store.fileURL)
                let injector = FaultInjector(failing: number, code: code)
                let store = ProgressStore(
                    directory: temp.store.directory, durableFile: DurableFile(calls: injector.calls))
                let call = "call \(number) (\(healthy.log[number - 1])) failing with \(String(cString: strerror(code)))"
                do {
                    try store.apply([.setState(deliverableID: "b", .done, at: noon)])
                    #expect(tolerated.contains(healthy.log[number - 1]), "the save succeeded despite \(call)")
                    #expect(try temp.store.load().state(of: "b") == .done, "\(call)")
                } catch {
                    // The first two calls make the backup: the message names that file.
                    let step = number <= 2 ? "\(store.backupURL.path): " : ""
                    #expect(
                        error
                            == .saveFailed(file: store.fileURL.path, reason: step + String(cString: strerror(code))),
                        "\(call)")
                    #expect(try Data(contentsOf: temp.store.fileURL) == before, "\(call)")
                    // The store that failed does not take its own unsaved edit for the file.
                    #expect(try store.load().state(of: "b") == .todo, "\(call)")
                }
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.store.directory.path)
                    .filter { $0.contains(".tmp-") }
                #expect(leftovers.isEmpty, "\(call) left \(leftovers)")
                // Reading still works, and once the disk recovers the same edit saves.
                #expect(try store.load().state(of: "a") == .done)
                #expect(try temp.store.apply([.setState(deliverableID: "b", .done, at: noon)]).state(of: "b") == .done)
            }
        }
    }

    @Test("a symlink to a directory, a FIFO or a device is refused without hanging")
    func symlinkToSpecialFile() throws {
        let temp = TemporaryDirectory()
        let store = temp.store
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        let fifo = temp.url.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let directory = temp.url.appendingPathComponent("a-directory")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let cases: [(URL, String)] = [
            (directory, "a directory"), (fifo, "a named pipe (FIFO)"), (URL(fileURLWithPath: "/dev/zero"), "a device"),
        ]
        for (target, kind) in cases {
            try? FileManager.default.removeItem(at: store.fileURL)
            try FileManager.default.createSymbolicLink(at: store.fileURL, withDestinationURL: target)
            #expect(throws: ProgressError.notARegularFile(file: store.fileURL.path, kind: kind)) {
                try store.load()
            }
            #expect(throws: ProgressError.notARegularFile(file: store.fileURL.path, kind: kind)) {
                try store.apply([.markRead(lessonID: "x", at: noon)])
            }
        }
    }

    @Test("random bit flips in a valid file are refused or decode, and never overwrite it")
    func bitFlips() throws {
        let temp = TemporaryDirectory()
        let store = temp.store
        try store.apply([
            .start(pathID: "foundation-builder", on: Day("2026-11-02")!, restart: false),
            .setState(deliverableID: "notes-on-each-law", .done, at: noon),
            .setNote(deliverableID: "notes-on-each-law", "Läws ✓", at: noon),
            .rate(criterionID: "explain-all-seven-laws", .partly, note: nil, at: noon),
        ])
        let valid = try Data(contentsOf: store.fileURL)
        var generator = Xoshiro(seed: (0x5EED, 1, 2, 3))
        var refused = 0
        for _ in 0..<300 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let bit = Int.random(in: 0..<(bytes.count * 8), using: &generator)
                bytes[bit / 8] ^= UInt8(1 << (bit % 8))
            }
            try bytes.write(to: store.fileURL)
            do throws(ProgressError) {
                _ = try store.load()
            } catch {
                refused += 1
                guard case .corrupt = error else {
                    Issue.record("a bit flip gave \(error), not a damaged-file error")
                    continue
                }
                #expect(throws: ProgressError.self) { try store.apply([.markRead(lessonID: "z", at: noon)]) }
                #expect(try Data(contentsOf: store.fileURL) == bytes)
            }
        }
        #expect(refused > 100)
    }
}
