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
            let (line, column, problem) = Self.describe(error)
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

    private static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { $0.text + ": " } ?? ""
            return (mark.line, mark.column, prefix + problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column, "duplicate key '\(duplicates.joined(separator: "', '"))'")
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(error)")
        }
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

/// A YAML mapping with the reader's bookkeeping: which keys were expected, where
/// each value stands.
struct MappingReader {
    let mapping: Node.Mapping
    let node: Node
    let reader: YAMLReader
    let lineOffset: Int
    /// What this mapping is, for messages: "path", "phase 2", "deliverable".
    let what: String

    init?(_ node: Node, what: String, reader: YAMLReader, lineOffset: Int = 0, log: inout Diagnostics) {
        guard let mapping = node.mapping else {
            log.report(
                "\(what) should be a mapping of keys to values", at: reader.location(of: node, lineOffset: lineOffset))
            return nil
        }
        self.mapping = mapping
        self.node = node
        self.reader = reader
        self.lineOffset = lineOffset
        self.what = what
    }

    var location: SourceLocation { reader.location(of: node, lineOffset: lineOffset) }

    func location(of node: Node) -> SourceLocation { reader.location(of: node, lineOffset: lineOffset) }

    /// Reports keys that are not in `allowed`, suggesting the nearest allowed key.
    func rejectUnknownKeys(allowed: [String], log: inout Diagnostics) {
        for key in mapping.keys {
            let name = key.string ?? "\(key)"
            if !allowed.contains(name) {
                log.report(
                    "unknown key '\(name)' in \(what)\(Suggestion.didYouMean(name, among: allowed))",
                    at: location(of: key))
            }
        }
    }

    /// True when a present key looks like a typo of `key`: the unknown-key report
    /// already says so, and a second "missing" report would only repeat it.
    func isMisspelled(_ key: String) -> Bool {
        mapping[key] == nil
            && mapping.keys.contains { other in
                guard let name = other.string, name != key else { return false }
                return Suggestion.closest(to: name, among: [key], limit: 1).first == key
            }
    }

    func value(_ key: String) -> Node? {
        guard let value = mapping[key] else { return nil }
        // Compare the tag's name: building a `Tag` would compile Yams' default
        // resolver, a dozen ICU regexes, for nothing.
        if case .scalar(let scalar) = value,
            scalar.tag.description == Tag.Name.null.rawValue || (scalar.string.isEmpty && scalar.style == .plain)
        {
            return nil
        }
        return value
    }

    /// A scalar as text. Reports a missing required key, a non-scalar, or an empty value.
    func string(_ key: String, required: Bool = true, allowEmpty: Bool = false, log: inout Diagnostics) -> String? {
        guard let value = value(key) else {
            if required && !isMisspelled(key) {
                let present = mapping[key] != nil
                log.report(
                    present ? "'\(key)' of \(what) must not be empty" : "missing '\(key)' in \(what)",
                    at: present ? location(of: mapping[key]!) : location)
            }
            return nil
        }
        guard let scalar = value.scalar else {
            log.report("'\(key)' of \(what) should be text, not a \(value.kindName)", at: location(of: value))
            return nil
        }
        let text = scalar.string.trimmed
        if text.isEmpty && !allowEmpty {
            log.report("'\(key)' of \(what) must not be empty", at: location(of: value))
            return nil
        }
        return text.sanitizedForDisplay
    }

    func int(_ key: String, required: Bool = true, log: inout Diagnostics) -> Int? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let number = Int(text) else {
            log.report("'\(key)' of \(what) should be a whole number, not '\(text)'", at: location(of: mapping[key]!))
            return nil
        }
        return number
    }

    /// An id: present, and in kebab-case.
    func id(_ key: String = "id", log: inout Diagnostics) -> String? {
        guard let text = string(key, log: &log) else { return nil }
        guard Identifier.isValid(text) else {
            log.report("'\(text)' is not a valid id: \(Identifier.syntaxHint)", at: location(of: mapping[key]!))
            return nil
        }
        return text
    }

    /// `N` or `N-M`.
    func range(_ key: String, log: inout Diagnostics) -> WeekRange? {
        guard let text = string(key, log: &log) else { return nil }
        guard let range = WeekRange(parsing: text), range.first >= 1, range.first <= range.last else {
            log.report(
                "'\(key)' of \(what) should be a number or a range such as 1-2 (first no greater than last), not '\(text)'",
                at: location(of: mapping[key]!))
            return nil
        }
        return range
    }

    /// A sequence of nodes; an absent key gives [] (or a report when required).
    func sequence(_ key: String, required: Bool = false, log: inout Diagnostics) -> [Node] {
        guard let value = value(key) else {
            if required && !isMisspelled(key) { log.report("missing '\(key)' in \(what)", at: location) }
            return []
        }
        guard let sequence = value.sequence else {
            log.report("'\(key)' of \(what) should be a list, not a \(value.kindName)", at: location(of: value))
            return []
        }
        return Array(sequence)
    }

    /// A list of non-empty strings.
    func strings(_ key: String, required: Bool = false, log: inout Diagnostics) -> [String] {
        sequence(key, required: required, log: &log).compactMap { item in
            guard let scalar = item.scalar, !scalar.string.trimmed.isEmpty else {
                log.report("each item of '\(key)' in \(what) should be non-empty text", at: location(of: item))
                return nil
            }
            return scalar.string.trimmed.sanitizedForDisplay
        }
    }

    /// Each item of a list as a mapping reader.
    func mappings(_ key: String, itemName: String, required: Bool = false, log: inout Diagnostics) -> [MappingReader] {
        sequence(key, required: required, log: &log).enumerated().compactMap { index, item in
            MappingReader(item, what: "\(itemName) \(index + 1)", reader: reader, lineOffset: lineOffset, log: &log)
        }
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
