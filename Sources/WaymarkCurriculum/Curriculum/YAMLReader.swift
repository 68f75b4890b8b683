import Foundation
import Yams

/// Reads values out of a parsed YAML document, reporting every problem with its
/// line and column instead of throwing at the first one.
struct YAMLReader {
    let file: String

    /// Parses `text`; on a syntax error reports it and returns nil. `lineOffset` shifts
    /// reported lines when the YAML is embedded (a lesson's front matter).
    func parse(_ text: String, lineOffset: Int = 0, into log: inout Diagnostics) -> Node? {
        if let anchor = Self.firstAnchorOrAlias(in: text) {
            // Aliases can expand a small file into an enormous tree ("billion laughs");
            // curriculum files never need them, so they are refused outright.
            log.report(
                "YAML anchors and aliases are not allowed in curriculum files",
                at: location(line: anchor.line + lineOffset, column: anchor.column))
            return nil
        }
        do {
            // The encoding is named: Yams' default is computed anew on every call.
            guard let node = try Yams.compose(yaml: text, Resolver.basic, .default, .utf8) else {
                log.report("the file is empty", at: location(line: 1 + lineOffset, column: 1))
                return nil
            }
            return node
        } catch let error as YamlError {
            let (line, column, problem) = YAMLSyntaxHint(text: text).explain(error)
            log.report("YAML syntax error: \(problem)", at: location(line: line + lineOffset, column: column))
        } catch {
            log.report("YAML syntax error: \(error)", at: location(line: 1 + lineOffset, column: 1))
        }
        return nil
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    func location(of node: Node, lineOffset: Int = 0) -> SourceLocation {
        location(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    /// A cheap scan for `&name` / `*name` tokens outside quotes and comments. It
    /// runs on every file before parsing, so it walks UTF-8 bytes: every byte it
    /// looks for is ASCII, and multi-byte characters never contain one.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        func isOpener(_ byte: UInt8) -> Bool {
            byte == space || byte == UInt8(ascii: "[") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")
        }
        func startsName(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
        }
        var line = 1
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let bytes = Array(rawLine)
            var quote: UInt8? = nil
            var previous = space
            for (index, byte) in bytes.enumerated() {
                defer { previous = byte }
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"")
                    || (byte == UInt8(ascii: "'")
                        && (previous == space || previous == UInt8(ascii: "[") || previous == UInt8(ascii: ":")))
                {
                    quote = byte
                } else if byte == UInt8(ascii: "#") && (previous == space || index == 0) {
                    break
                } else if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*"),
                    index == 0 || isOpener(previous), index + 1 < bytes.count, startsName(bytes[index + 1])
                {
                    // Only in value position: after `: `, `- `, `[` or `,`, or at the line start.
                    let before = bytes[..<index].last { $0 != space && $0 != tab }
                    if before == nil || before == UInt8(ascii: ":") || before.map(isOpener) == true {
                        let column = String(decoding: bytes[..<index], as: UTF8.self).count + 1
                        return (line, column)
                    }
                }
            }
            line += 1
        }
        return nil
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}
