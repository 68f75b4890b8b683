import Foundation
import Testing
import WaymarkCore
import WaymarkCurriculum

/// Replays every committed fuzz input, seeds (`Fuzz/Corpus`) and past crashes
/// (`Fuzz/Crashes`), through the fuzz targets' own harness, so the normal suite keeps
/// what the fuzzers learnt without a libFuzzer build. `scripts/fuzz` runs the fuzzers.
@Suite("Fuzz corpus replay")
struct FuzzCorpusReplayTests {
    @Test("every progress input decodes or throws a ProgressError, and what decodes round-trips")
    func progressInputs() throws {
        let inputs = try Self.inputs(of: "progress")
        for input in inputs {
            let problem = FuzzHarness.progressProblem(try Data(contentsOf: input))
            #expect(problem == nil, "\(Self.name(of: input))")
        }
    }

    @Test("every curriculum input loads, and a missing curriculum always comes with a diagnostic")
    func curriculumInputs() throws {
        let inputs = try Self.inputs(of: "curriculum")
        for input in inputs {
            let result = FuzzHarness.loadCurriculum(try Data(contentsOf: input))
            #expect(result.curriculum != nil || !result.diagnostics.isEmpty, "\(Self.name(of: input))")
            #expect(result.diagnostics.allSatisfy { !$0.description.isEmpty }, "\(Self.name(of: input))")
        }
    }

    @Test("the bundled curriculum seed loads a curriculum")
    func bundledSeedLoads() throws {
        let seed = Self.fuzzDirectory.appendingPathComponent("Corpus/curriculum/root-bundled")
        let result = FuzzHarness.loadCurriculum(try Data(contentsOf: seed))
        #expect(result.curriculum?.paths.count == 4)
    }

    /// `Fuzz/`, found from this file so the test runs from any working directory.
    static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// The seed corpus of `target` plus its crash inputs, if any. A missing or empty
    /// corpus fails the test rather than letting it pass with nothing replayed.
    static func inputs(of target: String) throws -> [URL] {
        let corpus = try files(in: fuzzDirectory.appendingPathComponent("Corpus/\(target)"))
        try #require(!corpus.isEmpty, "no seed inputs in Fuzz/Corpus/\(target)")
        let crashes = (try? files(in: fuzzDirectory.appendingPathComponent("Crashes/\(target)"))) ?? []
        return corpus + crashes
    }

    private static func files(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private static func name(of input: URL) -> String {
        input.pathComponents.suffix(3).joined(separator: "/")
    }
}
