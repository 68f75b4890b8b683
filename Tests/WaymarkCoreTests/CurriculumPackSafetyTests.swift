import Foundation
import Testing

@testable import WaymarkCore
@testable import WaymarkCurriculum

#if canImport(Glibc)
    import Glibc
#endif

/// A pack written by someone else must not reach outside its folder, hang the
/// loader or exhaust memory: each attempt is refused with the file (and where it
/// applies, the field) named.
@Suite("Curriculum pack safety")
struct CurriculumPackSafetyTests {
    /// The mini curriculum on disk, with `edit` applied, loaded as a pack.
    private func check(_ mini: MiniCurriculum = MiniCurriculum(), edit: (URL) throws -> Void = { _ in }) throws
        -> [String]
    {
        let temp = TemporaryDirectory()
        let root = temp.url.appendingPathComponent("pack")
        try mini.write(to: root)
        try edit(root)
        let source = try DirectoryCurriculumSource(root: root, name: "pack")
        return withExtendedLifetime(temp) { CurriculumLoader(source: source).check().diagnostics.map(\.description) }
    }

    @Test("lesson references that try to climb out of the pack are refused with file, line and field")
    func escapingReferences() throws {
        for reference in ["../../etc/passwd", "/etc/passwd", "lessons/../../x"] {
            let mini = MiniCurriculum().replacing(
                "lessons: [one]\n    deliverables", with: "lessons: ['\(reference)']\n    deliverables",
                in: "paths/alpha.yaml")
            let diagnostics = try check(mini)
            #expect(
                diagnostics.contains {
                    $0.hasPrefix("pack/paths/alpha.yaml:14:19: '\(reference)' in 'lessons' is not a lesson id")
                },
                "\(diagnostics)")
        }
    }

    @Test("a path list entry that names a file outside the pack is refused")
    func escapingPathList() throws {
        let mini = MiniCurriculum().replacing(
            "paths: [alpha]", with: "paths: [alpha, '../../etc/passwd']", in: "curriculum.yaml")
        let diagnostics = try check(mini)
        #expect(diagnostics.contains { $0.hasPrefix("pack/curriculum.yaml:3:") && $0.contains("../../etc/passwd") })
        #expect(!diagnostics.contains { $0.contains("root:") })
    }

    @Test("a lesson or path file that is a symlink pointing out of the pack is refused")
    func symlinkedFilesOut() throws {
        for file in ["lessons/two.md", "paths/alpha.yaml"] {
            let diagnostics = try check { root in
                let link = root.appendingPathComponent(file)
                try FileManager.default.removeItem(at: link)
                try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc/passwd")
            }
            #expect(diagnostics.contains { $0.hasPrefix("pack/\(file)") && $0.contains("outside") }, "\(diagnostics)")
            #expect(!diagnostics.contains { $0.contains("root:x") })
        }
    }

    @Test("a symlinked lessons directory pointing out of the pack is refused")
    func symlinkedDirectoryOut() throws {
        let outside = TemporaryDirectory()
        let elsewhere = outside.url.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let diagnostics = try check { root in
            let lessons = root.appendingPathComponent("lessons")
            for name in ["one.md", "two.md"] {
                try FileManager.default.moveItem(
                    at: lessons.appendingPathComponent(name), to: elsewhere.appendingPathComponent(name))
            }
            try FileManager.default.removeItem(at: lessons)
            try FileManager.default.createSymbolicLink(at: lessons, withDestinationURL: elsewhere)
        }
        #expect(diagnostics.contains { $0.hasPrefix("pack/lessons") && $0.contains("outside") }, "\(diagnostics)")
    }

    @Test("a symlink that stays inside the pack is followed")
    func symlinkInside() throws {
        let diagnostics = try check { root in
            let lessons = root.appendingPathComponent("lessons")
            try FileManager.default.moveItem(
                at: lessons.appendingPathComponent("two.md"), to: root.appendingPathComponent("shared-two.md"))
            try FileManager.default.createSymbolicLink(
                atPath: lessons.appendingPathComponent("two.md").path, withDestinationPath: "../shared-two.md")
        }
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("a FIFO posing as a lesson is refused without blocking")
    func fifoLesson() throws {
        let diagnostics = try check { root in
            let lesson = root.appendingPathComponent("lessons/two.md")
            try FileManager.default.removeItem(at: lesson)
            #expect(mkfifo(lesson.path, 0o600) == 0)
        }
        #expect(diagnostics.contains { $0.hasPrefix("pack/lessons/two.md") && $0.contains("not a regular file") })
    }

    @Test("a 2 GB sparse lesson is refused by its size, reading at most the limit")
    func hugeSparseLesson() throws {
        let diagnostics = try check { root in
            let lesson = root.appendingPathComponent("lessons/two.md")
            let handle = try FileHandle(forWritingTo: lesson)
            try handle.truncate(atOffset: 2 << 30)
            try handle.close()
        }
        #expect(
            diagnostics.contains {
                $0.hasPrefix("pack/lessons/two.md") && $0.contains("2147483648 bytes")
                    && $0.contains("\(CurriculumLimits.maxLessonBytes)")
            }, "\(diagnostics)")
    }

    @Test("a path file with a million deliverables is refused by the YAML size limit")
    func millionDeliverables() throws {
        var entries = "    deliverables:\n"
        entries.reserveCapacity(40_000_000)
        for index in 0..<1_000_000 {
            entries += "      - {id: d-\(index), title: D \(index), lessons: [one]}\n"
        }
        let mini = MiniCurriculum().replacing(
            "    deliverables:\n      - id: notes", with: entries + "      - id: notes", in: "paths/alpha.yaml")
        let diagnostics = try check(mini)
        #expect(
            diagnostics.contains {
                $0.hasPrefix("pack/paths/alpha.yaml") && $0.contains("\(CurriculumLimits.maxYAMLBytes)")
            },
            "\(diagnostics.prefix(3))")
    }

    @Test("deep nesting stops at the parser's depth limit instead of exhausting the stack")
    func deepNesting() throws {
        for nest in [String(repeating: "[", count: 200_000), String(repeating: "{a: ", count: 100_000)] {
            let mini = MiniCurriculum().replacing(
                "summary: A short path.", with: "summary: \(nest)", in: "paths/alpha.yaml")
            let diagnostics = try check(mini)
            #expect(
                diagnostics.contains { $0.hasPrefix("pack/paths/alpha.yaml:4:") && $0.contains("nesting") },
                "\(diagnostics)")
        }
    }
}
