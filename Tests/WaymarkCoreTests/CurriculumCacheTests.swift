import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// A curriculum directory is parsed once and read from its snapshot afterwards;
/// the snapshot must never hide an edit, and a bad one must never break a load.
@Suite("Curriculum cache")
struct CurriculumCacheTests {
    /// The mini curriculum on disk, a cache beside it, and a count of real loads.
    final class Fixture {
        let temp = TemporaryDirectory()
        let root: URL
        let cache: CurriculumCache
        private(set) var loads = 0

        init(_ mini: MiniCurriculum = MiniCurriculum()) throws {
            root = temp.url.appendingPathComponent("pack")
            try mini.write(to: root)
            // No settling time: test files are always brand new.
            cache = CurriculumCache(directory: temp.url.appendingPathComponent("cache"), settlingTime: -60)
        }

        func load() throws -> Curriculum {
            let source = try DirectoryCurriculumSource(root: root)
            return try cache.curriculum(in: source) {
                loads += 1
                return try CurriculumLoader(source: source).load()
            }
        }

        var snapshot: URL { cache.snapshotFile(for: root.standardizedFileURL.resolvingSymlinksInPath().path) }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(file)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
    }

    private func expectSame(_ a: Curriculum, _ b: Curriculum) {
        #expect(a.title == b.title && a.formatVersion == b.formatVersion && a.introduction == b.introduction)
        #expect(a.paths == b.paths)
        #expect(a.bootcamp == b.bootcamp)
        #expect(a.guidance == b.guidance)
        #expect(a.lessons == b.lessons)
    }

    @Test("the snapshot of the bundled curriculum reads back equal, field for field")
    func roundTrip() throws {
        let curriculum = BundledCurriculum.curriculum
        var reader = SnapshotReader(try CurriculumSnapshot.bytes(of: curriculum))
        let copy = try CurriculumSnapshot.curriculum(from: &reader, source: BundledCurriculum.source)
        #expect(reader.isAtEnd)
        expectSame(copy, curriculum)
    }

    @Test("the second load comes from the snapshot, equal to the first, and lesson bodies still read")
    func secondLoadIsCached() throws {
        let fixture = try Fixture()
        let first = try fixture.load()
        let second = try fixture.load()
        #expect(fixture.loads == 1)
        expectSame(second, first)
        #expect(try second.lessonBody(id: "one") == first.lessonBody(id: "one"))
    }

    @Test("an edited, added or removed file means a fresh load that sees the change")
    func editsInvalidate() throws {
        let fixture = try Fixture()
        _ = try fixture.load()
        try fixture.edit("lessons/one.md") { $0.replacingFirst("title: One", with: "title: One, revised") }
        #expect(try fixture.load().lessons["one"]?.title == "One, revised")
        #expect(fixture.loads == 2)

        // A new lesson no activity links to is a problem: the load must see it.
        try Data(MiniCurriculum.lesson(id: "three", title: "Three").utf8)
            .write(to: fixture.root.appendingPathComponent("lessons/three.md"))
        #expect(throws: CurriculumError.self) { try fixture.load() }
        #expect(fixture.loads == 3)

        // Removing it restores exactly the files of the last snapshot: no parse needed.
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("lessons/three.md"))
        let restored = try fixture.load()
        #expect(restored.lessons["three"] == nil && restored.lessons["one"]?.title == "One, revised")
        #expect(fixture.loads == 3)
    }

    @Test("a damaged snapshot, truncated or with a byte changed anywhere, is never used")
    func damagedSnapshots() throws {
        let fixture = try Fixture()
        let expected = try fixture.load()
        let good = try Data(contentsOf: fixture.snapshot)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var bad = good
            if round % 2 == 0 {
                bad = bad.prefix(Int.random(in: 0..<good.count, using: &generator))
            } else {
                let index = Int.random(in: 0..<good.count, using: &generator)
                bad[index] ^= UInt8.random(in: 1...255, using: &generator)
            }
            try bad.write(to: fixture.snapshot)
            let loads = fixture.loads
            expectSame(try fixture.load(), expected)
            #expect(fixture.loads == loads + 1, "round \(round): a damaged snapshot was used")
        }
        try good.write(to: fixture.snapshot)
        expectSame(try fixture.load(), expected)
    }

    @Test("a curriculum with problems is never snapshotted: they are reported on every load")
    func problemsAreNotCached() throws {
        let fixture = try Fixture(
            MiniCurriculum().replacing("title: Alpha", with: "titel: Alpha", in: "paths/alpha.yaml"))
        #expect(throws: CurriculumError.self) { try fixture.load() }
        #expect(throws: CurriculumError.self) { try fixture.load() }
        #expect(fixture.loads == 2)
        #expect(!FileManager.default.fileExists(atPath: fixture.snapshot.path))
    }

    @Test("a directory changed moments ago is loaded but not snapshotted")
    func settlingTime() throws {
        let fixture = try Fixture()
        let settling = CurriculumCache(directory: fixture.cache.directory, settlingTime: 2)
        let source = try DirectoryCurriculumSource(root: fixture.root)
        _ = try settling.curriculum(in: source) { try CurriculumLoader(source: source).load() }
        #expect(!FileManager.default.fileExists(atPath: fixture.snapshot.path))
    }

    @Test("a cache that cannot be written costs nothing but time")
    func unwritableCache() throws {
        let fixture = try Fixture()
        try Data("a file where the cache directory should be".utf8).write(to: fixture.cache.directory)
        let first = try fixture.load()
        expectSame(try fixture.load(), first)
        #expect(fixture.loads == 2)
    }

    @Test("the cache lives under XDG_CACHE_HOME, else ~/.cache")
    func cacheDirectory() {
        func directory(_ environment: [String: String]) -> String? {
            CurriculumCache.directory(environment: { environment[$0] })?.path
        }
        #expect(directory(["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/waymark/curricula")
        #expect(directory(["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/waymark/curricula")
        #expect(directory([:]) == nil)
    }
}
