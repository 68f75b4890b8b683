import Foundation
import Testing

/// `waymark portfolio DIR` and `waymark journal` run as a learner would, on a data directory.
@Suite("waymark portfolio and journal", .serialized)
struct PortfolioCommandTests {
    @Test("portfolio writes the folder, says so in one line, and writing again changes nothing")
    func writesFolder() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        try waymark.run(["check", "notes-on-each-law"])
        try waymark.run(["note", "notes-on-each-law", "#", "not", "a", "heading", "[x](y)"])
        let folder = waymark.dataDirectory.appendingPathComponent("site")
        let first = try waymark.run(["portfolio", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Wrote 6 files to \(folder.path).\n")
        let index = try String(contentsOf: folder.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.hasPrefix("# Distributed Systems: portfolio\n"))
        #expect(index.contains("- [x] [Notes on each law](deliverables/notes-on-each-law.md): done on "))
        let page = try String(
            contentsOf: folder.appendingPathComponent("deliverables/notes-on-each-law.md"), encoding: .utf8)
        #expect(page.contains("\n## Note\n\n\\# not a heading \\[x\\](y)\n"))
        let before = try Self.snapshot(of: folder)
        let second = try waymark.run(["portfolio", folder.path])
        #expect(second.stdout == "Wrote 6 files to \(folder.path) (none changed).\n")
        #expect(try Self.snapshot(of: folder) == before)
    }

    @Test("a page edited by hand is left and named; a folder that is a file is refused with status 1")
    func editedAndRefused() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let folder = waymark.dataDirectory.appendingPathComponent("site")
        try waymark.run(["portfolio", folder.path])
        try "mine\n".write(to: folder.appendingPathComponent("journal.md"), atomically: true, encoding: .utf8)
        try waymark.run(["journal", "add", "law-correlated-failure", "Racks", "fail", "together"])
        let result = try waymark.run(["portfolio", folder.path])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "journal.md was edited by hand; left as it is. Delete it to have Waymark write it again.\n"))
        #expect(result.stdout.hasSuffix("; 1 left as edited by hand.\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent("journal.md"), encoding: .utf8) == "mine\n")

        let file = waymark.dataDirectory.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let refused = try waymark.run(["portfolio", file.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is a file, not a folder"))
    }

    @Test("journal add takes the rest of the line; journal prints it by day, and --json as data")
    func journal() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let added = try waymark.run(["journal", "add", "littles-law", "Queues", "grow", "—", "待ち行列"])
        #expect(added.status == 0)
        #expect(added.stdout.contains("Added to your journal under Little's Law"))
        let text = try waymark.run(["journal"])
        #expect(text.stdout.contains("Little's Law"))
        #expect(text.stdout.contains("    Queues grow — 待ち行列"))
        let json = try waymark.run(["journal", "--json"])
        #expect(json.stdout.contains("\"lessonID\" : \"littles-law\""))
        #expect(json.stdout.contains("\"text\" : \"Queues grow — 待ち行列\""))
        let unknown = try waymark.run(["journal", "add", "no-such-lesson", "text"])
        #expect(unknown.status == 1 && unknown.stderr.contains("There is no lesson 'no-such-lesson'"))
        let empty = try waymark.run(["journal", "add", "littles-law"])
        #expect(empty.status == 1 && empty.stderr.contains("Nothing to add"))
    }

    /// Every file under `folder` with its bytes and modification time.
    static func snapshot(of folder: URL) throws -> [String: String] {
        var found: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let bytes = (try? Data(contentsOf: url)).map { $0.base64EncodedString() } ?? "folder"
            found[relative] = "\(bytes) \(modified)"
        }
        return found
    }
}
