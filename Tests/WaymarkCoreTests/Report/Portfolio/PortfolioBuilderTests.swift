import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

@Suite("Portfolio: the pages")
struct PortfolioBuilderTests {
    static var files: [String: [UInt8]] {
        PortfolioBuilder(curriculum: PortfolioFixture.curriculum(), progress: PortfolioFixture.progress, zone: .utc)
            .files
    }

    /// The reviewed pages, one file each, under Fixtures/portfolio.
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/portfolio")

    @Test("the pages match the reviewed folder in Fixtures/portfolio (WAYMARK_RECORD_PORTFOLIO=1 rewrites it)")
    func goldenOutput() throws {
        let files = Self.files
        if ProcessInfo.processInfo.environment["WAYMARK_RECORD_PORTFOLIO"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for (path, bytes) in files {
                let url = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            return
        }
        let recorded = try Self.recordedFiles()
        #expect(recorded.keys.sorted() == files.keys.sorted())
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            #expect(
                recorded[path] == bytes,
                "\(path) differs from Fixtures/portfolio/\(path):\n\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    static func recordedFiles() throws -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        let root = golden.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(atPath: golden.path)
        while let relative = walker?.nextObject() as? String {
            let url = URL(fileURLWithPath: root + relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            found[relative] = Array(try Data(contentsOf: url))
        }
        return found
    }

    @Test("the same progress gives the same bytes, whatever order its dictionaries come in")
    func deterministic() {
        let first = Self.files
        for _ in 0..<5 { #expect(Self.files == first) }
        // Every page is UTF-8 with LF endings, and ends in one.
        for bytes in first.values {
            #expect(!bytes.contains(UInt8(ascii: "\r")))
            #expect(bytes.last == UInt8(ascii: "\n"))
        }
    }

    @Test("without reviews there is no review page and no link to one")
    func noReviewsNoPage() throws {
        var progress = PortfolioFixture.progress
        progress.reviews = []
        let files = PortfolioBuilder(curriculum: PortfolioFixture.curriculum(), progress: progress, zone: .utc).files
        #expect(files["reviews.md"] == nil)
        let index = String(decoding: try #require(files["index.md"]), as: UTF8.self)
        #expect(!index.contains("reviews.md"))
    }

    @Test("hostile notes, evidence and journal text cannot add headings, links or control characters")
    func hostileText() throws {
        var progress = PortfolioFixture.progress
        let hostile = "# Owned\n[click](http://evil) <img src=x> \u{1B}[2J\u{202E}"
        progress.apply(.setNote(deliverableID: "build-it", hostile, at: PortfolioFixture.at(13)))
        progress.apply(.setEvidence(criterionID: "can-size", hostile))
        progress.apply(.addJournalEntry(JournalEntry(lessonID: "one", at: PortfolioFixture.at(13), text: hostile)))
        let files = PortfolioBuilder(curriculum: PortfolioFixture.curriculum(), progress: progress, zone: .utc).files
        for (path, bytes) in files {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(
                !text.unicodeScalars.contains {
                    ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || $0 == "\u{202E}"
                },
                "\(path) holds a control character")
            // Escaped, the brackets are text; unescaped, they would be syntax.
            let unescaped = text.replacingOccurrences(of: "\\]", with: "").replacingOccurrences(of: "\\<", with: "")
            #expect(!unescaped.contains("](http://evil)"), "\(path) holds a link the learner's text made")
            #expect(!unescaped.contains("<img"), "\(path) holds raw HTML")
            #expect(!text.split(separator: "\n").contains("# Owned"), "\(path) holds a heading the learner's text made")
        }
        let page = String(decoding: try #require(files["deliverables/build-it.md"]), as: UTF8.self)
        #expect(page.contains("\\# Owned\n\n\\[click\\](http://evil) \\<img src=x\\> \u{FFFD}\\[2J"))
    }

    @Test("a deliverable id that is not a plain slug still gets a stable page name of safe characters")
    func slugs() {
        let odd = Deliverable(id: "Capacity Plan/../x", title: "t", description: "", lessonIDs: [])
        let name = PortfolioBuilder.page(of: odd)
        #expect(name == PortfolioBuilder.page(of: odd))
        #expect(name.hasPrefix("deliverables/capacity-plan-x-") && name.hasSuffix(".md"))
        #expect(PortfolioManifest.isOwnablePath(name))
        #expect(
            PortfolioBuilder.page(of: Deliverable(id: "cap-plan", title: "", description: "", lessonIDs: []))
                == "deliverables/cap-plan.md")
    }
}
