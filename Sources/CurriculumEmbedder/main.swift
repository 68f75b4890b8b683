// Checks a curriculum directory with the loader Waymark itself uses, then writes
// a Swift file that holds it twice:
// - parsed, as code that rebuilds the model, so the binary starts without
//   parsing YAML (half of its start-up time before);
// - as its files, base64 encoded so that any byte sequence survives, keyed by
//   relative path, for lesson bodies and `waymark validate`.
// A curriculum with an error fails the build, each problem as file:line:column.
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
    // Errors fail the build. Warnings (the course's own house rules, `lint:` in
    // curriculum.yaml) are shown and let it pass: someone building Waymark with
    // another course need not follow ours, and our CI holds our course to them
    // with `waymark validate --strict`.
    let lines = diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
    guard let parsed, !diagnostics.contains(where: \.isError) else { fail(lines.joined(separator: "\n")) }
    if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
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

/// `SwiftLiteral(of:)`, or the build stops with what has no literal.
func literal(of value: some Encodable) -> SwiftLiteral {
    do {
        return try SwiftLiteralEncoder.literal(of: value)
    } catch {
        fail("\(root.path): error: \(error)")
    }
}

/// Every lesson's self-checks, by lesson file, as a dictionary literal: read here
/// with the code the app uses, so a review deck needs no lesson body at start-up.
func selfCheckTable(_ curriculum: Curriculum) -> String {
    var entries: [String] = []
    for lesson in curriculum.lessons.values.sorted(by: { $0.file < $1.file }) {
        let checks: [SelfCheck]
        do {
            checks = SelfCheck.all(in: try curriculum.lessonBody(id: lesson.id))
        } catch {
            fail("\(root.path)/\(lesson.file): error: \(error)")
        }
        let items = checks.map { check in
            "SelfCheck(question: \(SwiftLiteral.string(check.question)), "
                + "answer: \(SwiftLiteral.string(check.answer)), key: \(keyLiteral(check.key)))"
        }
        entries.append("    \(SwiftLiteral.string(lesson.file)): [\(items.joined(separator: ", "))],\n")
    }
    return entries.isEmpty ? "[:]" : "[\n" + entries.joined() + "]"
}

/// An answer key as the expression that makes it.
func keyLiteral(_ key: AnswerKey?) -> String {
    switch key {
    case nil:
        return "nil"
    case .number(let value, let tolerance, let relative, let unit)?:
        let unitText = unit.map(SwiftLiteral.string) ?? "nil"
        return "AnswerKey.number(value: \(value), tolerance: \(tolerance), relative: \(relative), unit: \(unitText))"
    case .choice(let correct, let options)?:
        let list = options.map(SwiftLiteral.string).joined(separator: ", ")
        return "AnswerKey.choice(correct: \(SwiftLiteral.string(correct)), options: [\(list)])"
    }
}

guard case .call(let curriculumType, let members) = literal(of: curriculum) else {
    fail("\(root.path): error: the curriculum has no Swift literal")
}
// The curriculum's fields follow from its Codable form; only the big ones are laid
// out apart, in functions of their own: one small expression each type-checks quickly.
var statements: [String] = []
var parameters: [String] = []
var functions: [String] = []
var pathFunctions: [String] = []
for (label, value) in members {
    switch (label, value) {
    case ("guidance", .call(let type, let fields)):
        // Guidance has only `init()`: its fields are set one by one.
        statements.append("var guidance = \(type)()")
        statements += fields.map { "guidance.\($0.label) = \($0.value.text)" }
        parameters.append("guidance: guidance")
    case ("reference", .call(let type, let fields)):
        // The shelf is large: each of its lists is built in a function of its own.
        statements.append("var reference = \(type)()")
        for field in fields {
            guard case .array(let items) = field.value, case .call(let itemType, _)? = items.first else {
                statements.append("reference.\(field.label) = \(field.value.text)")
                continue
            }
            statements.append("reference.\(field.label) = reference_\(field.label)()")
            functions.append(
                "\n    private static func reference_\(field.label)() -> [\(itemType)] {\n        \(field.value.text)\n    }\n"
            )
        }
        parameters.append("reference: reference")
    case ("paths", .array(let paths)):
        var calls: [String] = []
        for (index, path) in paths.enumerated() {
            guard case .call(let type, _) = path else { fail("\(root.path): error: a path has no Swift literal") }
            calls.append("path\(index)()")
            pathFunctions.append("\n    private static func path\(index)() -> \(type) {\n        \(path.text)\n    }\n")
        }
        parameters.append("paths: [\(calls.joined(separator: ", "))]")
    case (_, .table(let valueType, _)):
        parameters.append("\(label): \(label)()")
        functions.append(
            "\n    private static func \(label)() -> [String: \(valueType)] {\n        \(value.text)\n    }\n")
    default:
        parameters.append("\(label): \(value.text)")
    }
}
parameters.append("source: source")

var source = """
    // Generated at build time by CurriculumEmbedder from curriculum/. Do not edit.
    import WaymarkCurriculum

    extension BundledCurriculum {
        /// curriculum/ as the loader reads it, checked and parsed when Waymark was built.
        static func parsed(source: any CurriculumSource) -> \(curriculumType) {

    """
source += statements.map { "        \($0)\n" }.joined()
source +=
    "        return \(curriculumType)(\n" + parameters.map { "            \($0)" }.joined(separator: ",\n") + ")\n"
source += "    }\n" + functions.joined() + pathFunctions.joined()
source += "\n    static let encodedFiles: [String: String] = \(literal(of: files).text)\n"
source += "\n    static let selfChecks: [String: [SelfCheck]] = \(selfCheckTable(curriculum))\n}\n"

let existing = try? String(contentsOf: output, encoding: .utf8)
if existing != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
}
