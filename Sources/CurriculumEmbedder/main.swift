// Writes a Swift file that holds every file of a curriculum directory, base64
// encoded so that any byte sequence survives, keyed by its relative path.
// Usage: CurriculumEmbedder <curriculum-dir> <output.swift>
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: CurriculumEmbedder <curriculum-dir> <output.swift>\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL.resolvingSymlinksInPath()
let output = URL(fileURLWithPath: arguments[2])

var entries: [(path: String, base64: String)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let full = url.resolvingSymlinksInPath().path
        guard full.hasPrefix(root.path + "/") else { continue }
        let relative = String(full.dropFirst(root.path.count + 1))
        let data = try Data(contentsOf: url)
        entries.append((relative, data.base64EncodedString()))
    }
}
entries.sort { $0.path < $1.path }

/// A Swift string literal for any file name.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

var source = "// Generated at build time by CurriculumEmbedder from curriculum/. Do not edit.\n"
source += "extension BundledCurriculum {\n"
source += "    static let encodedFiles: [String: String] = [\n"
for entry in entries {
    source += "        \(literal(entry.path)): \"\(entry.base64)\",\n"
}
if entries.isEmpty { source += "        :\n" }
source += "    ]\n}\n"

let existing = try? String(contentsOf: output, encoding: .utf8)
if existing != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
}
