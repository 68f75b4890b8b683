import Foundation
import LargeCurriculum
import WaymarkCore
import WaymarkCurriculum

/// Temporary directories for the benchmarks. package-benchmark runs each benchmark
/// in its own process, so a name made from the process id is unique, and teardown
/// can find it again without state passed from setup.
enum Scratch {
    static func directory(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("waymark-bench-\(getpid())-\(name)")
    }

    static func remove(_ name: String) {
        try? FileManager.default.removeItem(at: directory(name))
    }

    /// Writes the standard large curriculum (100 paths, 5,000 lessons, 20,000
    /// deliverables) into a fresh scratch directory and returns it.
    static func largeCurriculum() throws -> URL {
        let root = directory("large-curriculum")
        remove("large-curriculum")
        try LargeCurriculum.standard.write(to: root)
        return root
    }

    /// The large curriculum, generated and loaded; its files are removed again
    /// (lesson bodies are not read by the screens the benchmarks render).
    static func loadedLargeCurriculum() throws -> Curriculum {
        defer { remove("large-curriculum") }
        return try CurriculumLoader(source: DirectoryCurriculumSource(root: largeCurriculum())).load()
    }
}
