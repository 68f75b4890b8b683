import Foundation
import Synchronization
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// A source that records which files were read whole and which only in part.
final class RecordingSource: CurriculumSource {
    let inner: any CurriculumSource
    private let reads = Mutex<(whole: [String], leading: [String])>(([], []))

    init(_ inner: any CurriculumSource) { self.inner = inner }

    var wholeReads: [String] { reads.withLock { $0.whole } }
    var leadingReads: [String] { reads.withLock { $0.leading } }

    func displayName(of relativePath: String) -> String { inner.displayName(of: relativePath) }
    func files(in directory: String) throws -> [String] { try inner.files(in: directory) }

    func data(of relativePath: String) throws -> Data {
        reads.withLock { $0.whole.append(relativePath) }
        return try inner.data(of: relativePath)
    }

    func leadingData(of relativePath: String, count: Int) throws -> Data {
        reads.withLock { $0.leading.append(relativePath) }
        return try inner.leadingData(of: relativePath, count: count)
    }
}

@Suite("Lazy loading")
struct LazyLoadingTests {
    @Test("loading reads each lesson's front matter only; a body is read when asked for")
    func bodiesWait() throws {
        let source = RecordingSource(BundledCurriculum.source)
        let curriculum = try CurriculumLoader(source: source).load()
        #expect(!source.wholeReads.contains { $0.hasPrefix("lessons/") })
        #expect(source.leadingReads.count == curriculum.lessons.count)
        let body = try curriculum.lessonBody(id: "cap-theorem")
        #expect(body.contains("## "))
        #expect(source.wholeReads.filter { $0.hasPrefix("lessons/") } == ["lessons/cap-theorem.md"])
    }

    @Test("front matter longer than the read window still loads")
    func longFrontMatter() throws {
        var mini = MiniCurriculum()
        let longSummary = String(repeating: "very long summary ", count: 400)
        mini.files["lessons/two.md"] = MiniCurriculum.lesson(id: "two", title: "Two").replacingFirst(
            "summary: About Two.", with: "summary: \(longSummary)")
        #expect(mini.files["lessons/two.md"]!.utf8.count > CurriculumLoader.frontMatterWindow)
        #expect(try mini.load().lessons["two"]?.summary.hasPrefix("very long summary") == true)
    }

    @Test("the embedded source's partial decode matches the whole file's prefix")
    func embeddedPrefix() throws {
        let source = BundledCurriculum.source
        for count in [0, 1, 2, 3, 4, 100, 4096, 1 << 20] {
            #expect(
                try source.leadingData(of: "lessons/cap-theorem.md", count: count)
                    == source.data(of: "lessons/cap-theorem.md").prefix(count))
        }
    }
}
