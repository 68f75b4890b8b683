import Foundation
import WaymarkCore
import WaymarkCurriculum

/// What the fuzz targets do with one input, shared with the test suite's corpus
/// replay (`Tests/WaymarkCoreTests/FuzzHarness.swift` is a link to this file), so a
/// committed crash input is replayed through exactly the calls that found it.
public enum FuzzHarness {
    // MARK: - Progress decoder

    /// Decodes `bytes` as a progress file. Failing with a `ProgressError` is fine;
    /// whatever decodes must come back unchanged from encode-then-decode, or saving
    /// would quietly alter a learner's progress. Returns what went wrong, or nil.
    public static func progressProblem(_ bytes: Data) -> String? {
        let progress: LearnerProgress
        do {
            progress = try ProgressCodec.decode(bytes, file: "progress.json", backup: "progress.json.bak")
        } catch {
            return error.description.isEmpty ? "a ProgressError with no description: \(error)" : nil
        }
        let encoded: Data
        do {
            encoded = try ProgressCodec.encode(progress)
        } catch {
            return "decoded progress does not encode: \(error)"
        }
        let again: LearnerProgress
        do {
            again = try ProgressCodec.decode(encoded, file: "progress.json")
        } catch {
            return "encoded progress does not decode: \(error)\n\(String(decoding: encoded, as: UTF8.self))"
        }
        guard again == progress else {
            return "the round trip changed the progress; the input re-encodes as:\n"
                + String(decoding: encoded, as: UTF8.self)
        }
        return nil
    }

    // MARK: - Curriculum loader

    /// Loads the bundled curriculum with one file replaced by `input`: the first byte
    /// picks the file (0 curriculum.yaml, 1-15 a path file, 16-255 a lesson), the rest
    /// is its raw bytes. Any number of diagnostics is fine; a crash is not.
    public static func loadCurriculum(_ input: some Collection<UInt8>) -> (
        curriculum: Curriculum?, diagnostics: [Diagnostic]
    ) {
        var files = bundled.files
        if let selector = input.first {
            files[replacedFile(selector: selector)] = Data(input.dropFirst()).base64EncodedString()
        }
        let table = files
        return CurriculumLoader(source: EmbeddedCurriculumSource(encodedFiles: table)).check(lintLessons: true)
    }

    /// The bundled curriculum as `EmbeddedCurriculumSource` takes it (base64 per file),
    /// and the files an input can replace.
    ///
    /// Lessons keep only their front matter: every id and cross-reference still
    /// resolves, but a run no longer lints 300 KB of unchanged Markdown, which made the
    /// target five times slower. A lesson input brings its own body.
    private static let bundled: (files: [String: String], paths: [String], lessons: [String]) = {
        let source = BundledCurriculum.source
        let paths = (try? source.files(in: "paths")) ?? []
        let lessons = (try? source.files(in: "lessons")) ?? []
        var files: [String: String] = [:]
        for file in ["curriculum.yaml"] + paths {
            files[file] = (try? source.data(of: file))?.base64EncodedString()
        }
        for file in lessons {
            files[file] = (try? source.text(of: file)).map { Data(frontMatterOnly($0).utf8).base64EncodedString() }
        }
        return (files, paths, lessons)
    }()

    /// The lesson's opening `---` block and nothing after it.
    private static func frontMatterOnly(_ lesson: String) -> String {
        let lines = lesson.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(of: "---") else { return lesson }
        return lines[...close].joined(separator: "\n") + "\n"
    }

    /// Ranges rather than one modulus, so a new lesson does not move a seed written
    /// for a path file onto a lesson.
    private static func replacedFile(selector: UInt8) -> String {
        switch selector {
        case 1..<16 where !bundled.paths.isEmpty: return bundled.paths[Int(selector - 1) % bundled.paths.count]
        case 16... where !bundled.lessons.isEmpty:
            return bundled.lessons[Int(selector - 16) % bundled.lessons.count]
        default: return "curriculum.yaml"
        }
    }
}
