import Foundation
import Testing
import WaymarkCore

@Suite("Portfolio: writing the folder")
struct PortfolioWriterTests {
    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryFolder() -> URL {
        URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("portfolio-\(UUID().uuidString)")
    }

    static func pages(withBuildIt: Bool = true) -> [String: [UInt8]] {
        PortfolioBuilder(
            curriculum: PortfolioFixture.curriculum(withBuildIt: withBuildIt), progress: PortfolioFixture.progress,
            zone: .utc
        ).files
    }

    static func read(_ path: String, in folder: URL) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("a missing folder is created with every page and a manifest; writing again changes nothing")
    func createsAndRewrites() throws {
        let folder = Self.temporaryFolder().appendingPathComponent("nested/site")
        defer {
            try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent())
        }
        let pages = Self.pages()
        let first = try PortfolioWriter().write(pages, to: folder)
        #expect(first.current.sorted() == pages.keys.sorted())
        #expect(first.changed.count == pages.count)
        #expect(first.summary(directory: "site") == "Wrote \(pages.count) files to site.")
        for (path, bytes) in pages {
            #expect(Array(try Data(contentsOf: folder.appendingPathComponent(path))) == bytes)
        }
        let manifest = PortfolioManifest(parsing: try #require(Self.read(PortfolioManifest.fileName, in: folder)))
        #expect(manifest.digests["index.md"] == SHA256.hex(of: pages["index.md"]!))
        let second = try PortfolioWriter().write(pages, to: folder)
        #expect(second.changed.isEmpty && second.notices.isEmpty)
        #expect(second.summary(directory: "site") == "Wrote \(pages.count) files to site (none changed).")
    }

    @Test("a page edited by hand is kept, said so, and written again once deleted")
    func handEdited() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try PortfolioWriter().write(Self.pages(), to: folder)
        let page = folder.appendingPathComponent("deliverables/cap-plan.md")
        try "My own words.\n".write(to: page, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let outcome = try PortfolioWriter().write(Self.pages(), to: folder)
            #expect(outcome.editedByHand == ["deliverables/cap-plan.md"])
            #expect(
                outcome.notices == [
                    "deliverables/cap-plan.md was edited by hand; left as it is. "
                        + "Delete it to have Waymark write it again."
                ])
            #expect(outcome.summary(directory: "out").hasSuffix("; 1 left as edited by hand."))
            #expect(Self.read("deliverables/cap-plan.md", in: folder) == "My own words.\n")
        }
        try FileManager.default.removeItem(at: page)
        let outcome = try PortfolioWriter().write(Self.pages(), to: folder)
        #expect(outcome.editedByHand.isEmpty && outcome.changed == ["deliverables/cap-plan.md"])
        #expect(Self.read("deliverables/cap-plan.md", in: folder)?.hasPrefix("# Capacity plan") == true)
    }

    @Test("the learner's own files are never touched, even one with a name Waymark wants")
    func learnersFiles() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "mine\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "my index\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let outcome = try PortfolioWriter().write(Self.pages(), to: folder)
            #expect(outcome.learnersFiles == ["index.md"])
            #expect(
                outcome.notices.contains(
                    "index.md is not Waymark's; left as it is. Move it away to have Waymark write its own."))
            #expect(Self.read("README.md", in: folder) == "mine\n")
            #expect(Self.read("index.md", in: folder) == "my index\n")
        }
        let manifest = PortfolioManifest(parsing: try #require(Self.read(PortfolioManifest.fileName, in: folder)))
        #expect(manifest.digests["index.md"] == nil && manifest.digests["README.md"] == nil)
    }

    @Test("a deliverable gone from the path takes its page with it, unless the page was edited")
    func removedDeliverable() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try PortfolioWriter().write(Self.pages(), to: folder)
        #expect(Self.read("deliverables/build-it.md", in: folder) != nil)
        let outcome = try PortfolioWriter().write(Self.pages(withBuildIt: false), to: folder)
        #expect(outcome.removed == ["deliverables/build-it.md"])
        #expect(Self.read("deliverables/build-it.md", in: folder) == nil)
        #expect(outcome.summary(directory: "out").hasSuffix("; 1 no longer needed removed."))

        _ = try PortfolioWriter().write(Self.pages(), to: folder)
        try "edited\n".write(
            to: folder.appendingPathComponent("deliverables/build-it.md"), atomically: true, encoding: .utf8)
        let kept = try PortfolioWriter().write(Self.pages(withBuildIt: false), to: folder)
        #expect(kept.released == ["deliverables/build-it.md"] && kept.removed.isEmpty)
        #expect(Self.read("deliverables/build-it.md", in: folder) == "edited\n")
        // Now the learner's: not mentioned again, and not overwritten if the deliverable comes back.
        #expect(try PortfolioWriter().write(Self.pages(withBuildIt: false), to: folder).notices.isEmpty)
        #expect(try PortfolioWriter().write(Self.pages(), to: folder).learnersFiles == ["deliverables/build-it.md"])
    }

    @Test("a folder that is a file is refused with a plain sentence")
    func folderIsAFile() throws {
        let file = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: file) }
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: PortfolioError.notAFolder(file.path)) { try PortfolioWriter().write(Self.pages(), to: file) }
        #expect(PortfolioError.notAFolder("out").description.hasPrefix("out is a file, not a folder."))
    }

    @Test("a manifest naming a path outside the folder, or not a page, makes Waymark own nothing there")
    func hostileManifest() throws {
        let folder = Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(
                at: folder.deletingLastPathComponent().appendingPathComponent("victim.md"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let victim = folder.deletingLastPathComponent().appendingPathComponent("victim.md")
        try "keep".write(to: victim, atomically: true, encoding: .utf8)
        let digest = SHA256.hex(of: Array("keep".utf8))
        let text = "\(digest)  ../victim.md\n\(digest)  /tmp/victim.md\n\(digest)  notes.txt\nnonsense\n"
        try text.write(to: folder.appendingPathComponent(PortfolioManifest.fileName), atomically: true, encoding: .utf8)
        #expect(PortfolioManifest(parsing: text).digests.isEmpty)
        let outcome = try PortfolioWriter().write(Self.pages(), to: folder)
        #expect(outcome.removed.isEmpty)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
    }
}
