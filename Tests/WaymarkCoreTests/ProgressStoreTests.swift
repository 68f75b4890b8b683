import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// A fresh data directory per test, removed afterwards.
final class TemporaryDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-test-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var store: ProgressStore { ProgressStore(directory: url.appendingPathComponent("data")) }
}

private let noon = Date(timeIntervalSince1970: 1_795_000_000)

@Suite("Progress store")
struct ProgressStoreTests {
    @Test("a missing file loads as empty progress")
    func missingFileIsEmpty() throws {
        let temp = TemporaryDirectory()
        #expect(try temp.store.load() == LearnerProgress())
    }

    @Test("changes round-trip through the file")
    func roundTrip() throws {
        let temp = TemporaryDirectory()
        let day = Day("2026-11-02")!
        let saved = try temp.store.apply([
            .start(pathID: "foundation-builder", on: day, restart: false),
            .setState(deliverableID: "notes-on-each-law", .done, at: noon),
            .setNote(deliverableID: "notes-on-each-law", "Läws ✓ 法", at: noon),
            .rate(criterionID: "explain-all-seven-laws", .partly, note: "explained 4", at: noon),
            .markRead(lessonID: "cap-theorem", at: noon),
        ])
        let loaded = try temp.store.load()
        #expect(loaded == saved)
        #expect(loaded.activePath == "foundation-builder")
        #expect(loaded.paths["foundation-builder"]?.startedOn == day)
        #expect(loaded.state(of: "notes-on-each-law") == .done)
        #expect(loaded.deliverables["notes-on-each-law"]?.note == "Läws ✓ 法")
        #expect(loaded.latestRating(of: "explain-all-seven-laws") == .partly)
        #expect(loaded.lessonsRead["cap-theorem"] == noon)
    }

    @Test("the file is pretty-printed JSON with sorted keys and a schemaVersion")
    func fileFormat() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([
            .setState(deliverableID: "b", .done, at: noon), .setState(deliverableID: "a", .skipped, at: noon),
        ])
        let text = try String(contentsOf: temp.store.fileURL, encoding: .utf8)
        #expect(text.contains("\"schemaVersion\" : \(LearnerProgress.currentSchemaVersion)"))
        let a = try #require(text.range(of: "\"a\""))
        let b = try #require(text.range(of: "\"b\""))
        #expect(a.lowerBound < b.lowerBound)
        #expect(text.hasSuffix("}\n"))
    }

    @Test("a new file is 0600 in a 0700 directory")
    func permissions() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.markRead(lessonID: "x", at: noon)])
        let file = try FileManager.default.attributesOfItem(atPath: temp.store.fileURL.path)
        let directory = try FileManager.default.attributesOfItem(atPath: temp.store.directory.path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((directory[.posixPermissions] as? Int) == 0o700)
    }

    @Test("an existing file keeps its mode across saves")
    func keepsMode() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.markRead(lessonID: "x", at: noon)])
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: temp.store.fileURL.path)
        try temp.store.apply([.markRead(lessonID: "y", at: noon)])
        let file = try FileManager.default.attributesOfItem(atPath: temp.store.fileURL.path)
        #expect((file[.posixPermissions] as? Int) == 0o640)
    }

    @Test("a truncated file is refused and left byte-identical")
    func truncatedRefused() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        let good = try Data(contentsOf: temp.store.fileURL)
        let truncated = good.prefix(good.count / 2)
        try truncated.write(to: temp.store.fileURL)
        #expect(throws: ProgressError.self) { try temp.store.apply([.setState(deliverableID: "b", .done, at: noon)]) }
        #expect(try Data(contentsOf: temp.store.fileURL) == truncated)
    }

    @Test("every prefix of a valid file is refused")
    func everyPrefixRefused() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon), .markRead(lessonID: "l", at: noon)])
        let good = try Data(contentsOf: temp.store.fileURL)
        let trimmedEnd = good.count - 2  // the closing brace: anything shorter is incomplete
        for length in stride(from: 0, through: trimmedEnd, by: 1) {
            try good.prefix(length).write(to: temp.store.fileURL)
            #expect(throws: ProgressError.self) { try temp.store.load() }
        }
    }

    @Test("the damaged-file message names the file and the kept backup")
    func corruptMessageOffersBackup() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        try temp.store.apply([.setState(deliverableID: "b", .done, at: noon)])
        try Data("{\"schemaVersion\": 1, \"deliverables\": 3}".utf8).write(to: temp.store.fileURL)
        do {
            _ = try temp.store.load()
            Issue.record("a damaged file loaded")
        } catch {
            let message = error.description
            #expect(message.contains(temp.store.fileURL.path))
            #expect(message.contains("left it untouched"))
            #expect(message.contains("cp '\(temp.store.backupURL.path)'"))
        }
        let backup = try JSONDecoder.iso.decode(LearnerProgress.self, from: Data(contentsOf: temp.store.backupURL))
        #expect(backup.state(of: "a") == .done)
    }

    @Test("a file from a newer schema is refused and left byte-identical")
    func newerSchemaRefused() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        let newer = Data("{\"schemaVersion\": 999, \"shiny\": true}\n".utf8)
        try newer.write(to: temp.store.fileURL)
        #expect(throws: ProgressError.newerSchema(file: temp.store.fileURL.path, version: 999)) {
            try temp.store.apply([.markRead(lessonID: "x", at: noon)])
        }
        #expect(try Data(contentsOf: temp.store.fileURL) == newer)
    }

    @Test("an empty file and an all-NUL file are refused")
    func emptyAndNul() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        for bytes in [Data(), Data(repeating: 0, count: 64)] {
            try bytes.write(to: temp.store.fileURL)
            #expect(throws: ProgressError.self) { try temp.store.load() }
            #expect(try Data(contentsOf: temp.store.fileURL) == bytes)
        }
    }

    @Test("ids the curriculum does not know are kept through saves")
    func unknownIDsKept() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.setState(deliverableID: "retired-deliverable", .done, at: noon)])
        try temp.store.apply([.setState(deliverableID: "notes-on-each-law", .done, at: noon)])
        #expect(try temp.store.load().state(of: "retired-deliverable") == .done)
    }

    @Test("a directory where the file should be is a clear error")
    func directoryInPlace() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.fileURL, withIntermediateDirectories: true)
        #expect(throws: ProgressError.notARegularFile(file: temp.store.fileURL.path, kind: "a directory")) {
            try temp.store.load()
        }
    }

    @Test("a FIFO where the file should be is an error, not a hang")
    func fifoInPlace() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        #expect(mkfifo(temp.store.fileURL.path, 0o600) == 0)
        #expect(throws: ProgressError.notARegularFile(file: temp.store.fileURL.path, kind: "a named pipe (FIFO)")) {
            try temp.store.load()
        }
    }

    @Test("a symlinked progress file is followed and written through")
    func symlinkFollowed() throws {
        let temp = TemporaryDirectory()
        let elsewhere = temp.url.appendingPathComponent("dotfiles")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        let real = elsewhere.appendingPathComponent("progress.json")
        try Data("{\"schemaVersion\": 1}".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: temp.store.fileURL, withDestinationURL: real)
        try temp.store.apply([.setState(deliverableID: "a", .done, at: noon)])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: temp.store.fileURL.path) == real.path)
        #expect(try String(contentsOf: real, encoding: .utf8).contains("\"a\""))
    }

    @Test("a file over the size limit is refused before decoding")
    func sizeLimit() throws {
        let temp = TemporaryDirectory()
        try FileManager.default.createDirectory(at: temp.store.directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: temp.store.fileURL.path, contents: nil)
        let handle = try FileHandle(forWritingTo: temp.store.fileURL)
        try handle.truncate(atOffset: UInt64(ProgressStore.maxFileBytes + 1))
        try handle.close()
        #expect(throws: ProgressError.tooLarge(file: temp.store.fileURL.path, bytes: ProgressStore.maxFileBytes + 1)) {
            try temp.store.load()
        }
    }

    @Test("temporary files left by a killed save are removed on the next save")
    func staleTemporaryFilesRemoved() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.markRead(lessonID: "x", at: noon)])
        let stale = temp.store.directory.appendingPathComponent("progress.json.tmp-99999-1")
        try Data("{".utf8).write(to: stale)
        try temp.store.apply([.markRead(lessonID: "y", at: noon)])
        #expect(!FileManager.default.fileExists(atPath: stale.path))

        // Starting up (a load, under the shared lock) cleans up too.
        try Data("{".utf8).write(to: stale)
        _ = try temp.store.load()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test("a backup that already is the same file as progress.json leaves no temporary name behind")
    func backupAlreadyLinked() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.markRead(lessonID: "x", at: noon)])
        // What a save killed between making the backup and renaming the new file leaves.
        try? FileManager.default.removeItem(at: temp.store.backupURL)
        #expect(link(temp.store.fileURL.path, temp.store.backupURL.path) == 0)
        try ProgressStore(directory: temp.store.directory).apply([.markRead(lessonID: "y", at: noon)])
        let names = try FileManager.default.contentsOfDirectory(atPath: temp.store.directory.path)
        #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
        #expect(try ProgressStore(directory: temp.store.directory).load().lessonsRead["y"] != nil)
    }

    @Test("a lock file that cannot be created fails the save with a save error, file untouched")
    func lockCannotBeCreated() throws {
        let temp = TemporaryDirectory()
        try temp.store.apply([.markRead(lessonID: "x", at: noon)])
        let before = try Data(contentsOf: temp.store.fileURL)
        try FileManager.default.removeItem(at: temp.store.lockURL)
        try FileManager.default.createDirectory(at: temp.store.lockURL, withIntermediateDirectories: true)
        #expect(
            throws: ProgressError.saveFailed(
                file: temp.store.fileURL.path,
                reason: "cannot create its lock file \(temp.store.lockURL.path): Is a directory")
        ) {
            try temp.store.apply([.markRead(lessonID: "y", at: noon)])
        }
        #expect(try Data(contentsOf: temp.store.fileURL) == before)
    }

    @Test("two stores saving concurrently lose no update")
    func concurrentSavesMerge() async throws {
        let temp = TemporaryDirectory()
        let directory = temp.store.directory
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = ProgressStore(directory: directory)
                    for index in 0..<100 {
                        _ = try? store.apply([.setState(deliverableID: "w\(writer)-\(index)", .done, at: noon)])
                    }
                }
            }
        }
        #expect(try temp.store.load().deliverables.count == 200)
    }

    @Test("a store that skips re-reading its own file still sees an edit made in place")
    func inPlaceEditSeen() throws {
        let temp = TemporaryDirectory()
        let store = temp.store
        let saved = try store.apply([.setState(deliverableID: "a", .done, at: noon.addingTimeInterval(0.7))])
        // What the store keeps in memory is exactly what a fresh reader decodes.
        #expect(try ProgressStore(directory: store.directory).load() == saved)

        // Rewrite the same inode, as an editor writing in place would.
        var edited = saved
        edited.apply(.setState(deliverableID: "by-hand", .skipped, at: noon))
        let handle = try FileHandle(forWritingTo: store.fileURL)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: ProgressCodec.encode(edited))
        try handle.close()

        let merged = try store.apply([.setState(deliverableID: "b", .done, at: noon)])
        #expect(merged.state(of: "by-hand") == .skipped)
        #expect(merged.state(of: "a") == .done && merged.state(of: "b") == .done)
    }

    @Test("the data directory follows --data-dir, then WAYMARK_DATA_DIR, then XDG_DATA_HOME, then HOME")
    func directoryPrecedence() {
        func directory(_ explicit: String?, _ environment: [String: String]) -> String {
            ProgressStore.directory(explicit: explicit, environment: { environment[$0] }).path
        }
        let all = ["WAYMARK_DATA_DIR": "/w", "XDG_DATA_HOME": "/x", "HOME": "/h"]
        #expect(directory("/e", all) == "/e")
        #expect(directory(nil, all) == "/w")
        #expect(directory(nil, ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/waymark")
        #expect(directory(nil, ["HOME": "/h"]) == "/h/.local/share/waymark")
    }
}

extension JSONDecoder {
    static var iso: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
