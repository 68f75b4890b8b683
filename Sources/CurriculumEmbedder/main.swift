// Checks a curriculum directory with the loader Waymark itself uses, then writes
// a Swift file that holds it twice:
// - parsed, as code that rebuilds the model, so the binary starts without
//   parsing YAML (half of its start-up time before);
// - as its files, base64 encoded so that any byte sequence survives, keyed by
//   relative path, for lesson bodies and `waymark validate`.
// A curriculum with any problem fails the build, each problem as file:line:column.
// Usage: CurriculumEmbedder <curriculum-dir> <output.swift>
import Foundation
import WaymarkCurriculum

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: CurriculumEmbedder <curriculum-dir> <output.swift>") }
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL.resolvingSymlinksInPath()
let output = URL(fileURLWithPath: arguments[2])

let curriculum: Curriculum
do {
    let (parsed, diagnostics) = CurriculumLoader(source: try DirectoryCurriculumSource(root: root))
        .check(lintLessons: true)
    guard let parsed, diagnostics.isEmpty else {
        fail(diagnostics.map { "\($0.file):\($0.line):\($0.column): error: \($0.message)" }.joined(separator: "\n"))
    }
    curriculum = parsed
} catch {
    fail("\(root.path): error: \(error)")
}

var files: [String: String] = [:]
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let full = url.resolvingSymlinksInPath().path
        guard full.hasPrefix(root.path + "/") else { continue }
        files[String(full.dropFirst(root.path.count + 1))] = try Data(contentsOf: url).base64EncodedString()
    }
}

/// One function per path keeps each expression small enough to type-check quickly.
let pathFunctions = curriculum.paths.indices.map { "path\($0)" }
let guidance = curriculum.guidance
var source = """
    // Generated at build time by CurriculumEmbedder from curriculum/. Do not edit.
    import WaymarkCurriculum

    extension BundledCurriculum {
        /// curriculum/ as the loader reads it, checked and parsed when Waymark was built.
        static func parsed(source: any CurriculumSource) -> Curriculum {
            var guidance = Guidance()
            guidance.essentialPrerequisites = \(guidance.essentialPrerequisites.swiftLiteral)
            guidance.helpfulPrerequisites = \(guidance.helpfulPrerequisites.swiftLiteral)
            guidance.pathSelector = \(guidance.pathSelector.swiftLiteral)
            guidance.studyTips = \(guidance.studyTips.swiftLiteral)
            guidance.portfolioHabits = \(guidance.portfolioHabits.swiftLiteral)
            guidance.pitfalls = \(guidance.pitfalls.swiftLiteral)
            guidance.quickStart = \(guidance.quickStart.swiftLiteral)
            guidance.readingOrders = \(guidance.readingOrders.swiftLiteral)
            return Curriculum(
                title: \(curriculum.title.swiftLiteral),
                formatVersion: \(curriculum.formatVersion),
                introduction: \(curriculum.introduction.swiftLiteral),
                paths: [\(pathFunctions.map { $0 + "()" }.joined(separator: ", "))],
                bootcamp: \(curriculum.bootcamp.swiftLiteral),
                guidance: guidance,
                lessons: lessons(),
                source: source)
        }

        private static func lessons() -> [String: Lesson] {
            \(curriculum.lessons.swiftLiteral)
        }

    """
for (name, path) in zip(pathFunctions, curriculum.paths) {
    source += "\n    private static func \(name)() -> LearningPath {\n        \(path.swiftLiteral)\n    }\n"
}
source += "\n    static let encodedFiles: [String: String] = \(files.swiftLiteral)\n}\n"

let existing = try? String(contentsOf: output, encoding: .utf8)
if existing != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
}
