import Yams

/// Restates a libyaml syntax error in plain words, with the likely fix, at the
/// place the author has to change.
///
/// libyaml names what its parser expected ("did not find expected '-' indicator"),
/// which is true but says little to someone who indented one line by a space too
/// few. The usual causes are few (a tab, uneven indentation, an unquoted colon, an
/// unclosed quote or bracket), and the offending line shows which one it is.
struct YAMLSyntaxHint {
    /// The YAML text's lines, without their newlines.
    let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line, column (both 1-based, in the YAML text) and the message.
    func explain(_ error: YamlError) -> (line: Int, column: Int, message: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return explain(problem: problem, context: context, at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates.first ?? "", from: context.mark)
        case .reader(let problem, _, _, _):
            return (1, 1, "the file cannot be read as text (\(problem)); save it as UTF-8")
        default:
            return (1, 1, "\(error)")
        }
    }

    private func explain(problem: String, context: YamlError.Context?, at mark: Mark)
        -> (line: Int, column: Int, message: String)
    {
        let contextText = context?.text ?? ""
        if let tab = tabInIndentation(atOrBefore: mark.line), problem.contains("tab") || problem.contains("token") {
            return (
                tab.line, tab.column,
                "a tab in the indentation; YAML indents with spaces only, so replace it with spaces"
            )
        }
        if problem.contains("mapping values are not allowed") {
            return colonInValue(at: mark)
        }
        if contextText.contains("quoted scalar"), problem.contains("end of stream"), let start = context?.mark {
            return (
                start.line, start.column,
                "this quote is never closed; end the value with the same quote character on this line"
            )
        }
        if contextText.contains("flow sequence") || contextText.contains("flow mapping"), let start = context?.mark {
            let close = contextText.contains("sequence") ? "]" : "}"
            return (
                start.line, start.column,
                "the '\(close == "]" ? "[" : "{")' that opens here is not closed with '\(close)' on the line, or its "
                    + "entries are not separated by commas; close it, or quote an entry that holds a comma or a colon"
            )
        }
        if contextText.contains("simple key"), problem.contains("expected ':'"), let start = context?.mark {
            return (
                start.line, start.column,
                "this line has no ':' after a key; every line of a mapping is 'key: value'. If it continues "
                    + "the text above, indent it further than that key, or put the whole text in quotes"
            )
        }
        if problem.contains("block sequence entries are not allowed") {
            return (
                mark.line, mark.column,
                "a '- ' list item cannot follow a key on its line; put each item on a line of its own below "
                    + "the key, indented, or write the list as [a, b]"
            )
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return indentation(at: mark, problem: problem)
        }
        if problem.contains("unknown escape") {
            return (
                mark.line, mark.column,
                "an unknown escape in a double-quoted value; write \\\\ for a backslash, or use single quotes"
            )
        }
        if problem.contains("cannot start any token"), let character = character(at: mark) {
            return (
                mark.line, mark.column,
                "a value cannot start with '\(character)'; put the value in quotes"
            )
        }
        let prefix = contextText.isEmpty ? "" : contextText + ": "
        return (
            mark.line, mark.column,
            "\(prefix)\(problem); check the indentation and the quotes of this line and the line above"
        )
    }

    // MARK: - The usual causes

    /// `title: SQL: the basics`: a second `: ` on the line, read as a nested key.
    private func colonInValue(at mark: Mark) -> (line: Int, column: Int, message: String) {
        guard let line = line(mark.line) else {
            return (mark.line, mark.column, "a ': ' where YAML expects none; put the value in quotes")
        }
        let (indent, dash, rest) = Self.split(line)
        if let separator = rest.range(of: ": "),
            rest.distance(from: rest.startIndex, to: separator.lowerBound)
                + indent + dash.count + 1 < mark.column
        {
            let key = rest[..<separator.lowerBound]
            let value = String(rest[separator.upperBound...]).trimmed
            let escaped = value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            return (
                mark.line, mark.column,
                "the value of '\(key)' holds ': ', which YAML reads as the start of another key; "
                    + "quote the value: \(key): \"\(escaped)\""
            )
        }
        let key = rest.split(separator: ":").first.map(String.init) ?? ""
        let above = previousContentLine(before: mark.line)
        return (
            mark.line, indent + dash.count + 1,
            "'\(key)' is indented further than the line above\(above.map { " (line \($0.number))" } ?? ""), "
                + "so YAML reads it as part of that line's value; line it up with the keys around it, "
                + "or quote the text if it continues the line above"
        )
    }

    /// A line whose indentation matches no mapping or list around it.
    private func indentation(at mark: Mark, problem: String) -> (line: Int, column: Int, message: String) {
        guard let line = line(mark.line) else {
            return (mark.line, mark.column, "the indentation does not match the lines above; line it up with spaces")
        }
        let (indent, dash, rest) = Self.split(line)
        let start = indent + 1
        // Something after a closing quote: `text: "Q" more`.
        if mark.column > start + dash.count, line.prefix(mark.column - 1).contains(where: { $0 == "\"" || $0 == "'" }) {
            return (
                mark.line, mark.column,
                "text after a closing quote; a quoted value ends at its quote, so quote the whole value "
                    + "(write \\\" for a quote inside double quotes, or '' inside single quotes)"
            )
        }
        let isItem = !dash.isEmpty
        let candidates = openColumns(before: mark.line, items: isItem).filter { $0.column != start }
        let places = candidates.prefix(3).map { "column \($0.column) (line \($0.line))" }
        let choices =
            places.count > 1 ? places.dropLast().joined(separator: ", ") + " or " + places.last! : places.first
        if isItem {
            guard let choices else {
                return (
                    mark.line, start,
                    "a '- ' list item where a key is expected; a list goes under a key (such as 'steps:'), "
                        + "indented below it"
                )
            }
            return (
                mark.line, start,
                "this list item starts at column \(start), but the lists above start their items at \(choices); "
                    + "line it up with the list it belongs to, using spaces"
            )
        }
        let key = rest.split(separator: ":").first.map(String.init) ?? String(rest)
        guard let choices else {
            return (
                mark.line, start,
                "the indentation of '\(key)' does not fit the mapping or list around it; line it up with the keys "
                    + "it belongs with, using spaces"
            )
        }
        return (
            mark.line, start,
            "'\(key)' starts at column \(start), but the keys above it start at \(choices); line it up with the "
                + "keys it belongs with, using spaces"
        )
    }

    /// The columns where a list's items (`items`) or a mapping's keys start on
    /// the lines above `number` and are still open there (no line between starts
    /// further left), nearest first.
    private func openColumns(before number: Int, items: Bool) -> [(column: Int, line: Int)] {
        var found: [(column: Int, line: Int)] = []
        var leftmost = Int.max
        var candidate = number - 1
        while candidate >= 1, let text = line(candidate) {
            defer { candidate -= 1 }
            let trimmed = text.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let (indent, dash, _) = Self.split(text)
            let column = items ? (dash.isEmpty ? nil : indent + 1) : indent + dash.count + 1
            if let column, column <= leftmost, !found.contains(where: { $0.column == column }) {
                found.append((column, candidate))
            }
            leftmost = min(leftmost, indent + 1)
        }
        return found
    }

    private func duplicateKey(_ key: String, from mark: Mark) -> (line: Int, column: Int, message: String) {
        var seen = 0
        for number in max(1, mark.line)...max(1, lines.count) {
            guard let text = line(number) else { break }
            let (indent, dash, rest) = Self.split(text)
            if rest.hasPrefix(key + ":") {
                seen += 1
                if seen == 2 {
                    return (
                        number, indent + dash.count + 1,
                        "the key '\(key)' appears twice in one mapping; keep one of them"
                    )
                }
            }
        }
        return (mark.line, mark.column, "the key '\(key)' appears twice in one mapping; keep one of them")
    }

    // MARK: - Lines

    private func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The nearest line above `number` that is neither blank nor a comment.
    private func previousContentLine(before number: Int) -> (number: Int, text: Substring)? {
        var candidate = number - 1
        while candidate >= 1, let text = line(candidate) {
            let trimmed = text.drop { $0 == " " }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { return (candidate, text) }
            candidate -= 1
        }
        return nil
    }

    /// The first tab in the leading whitespace of a line up to `number`.
    private func tabInIndentation(atOrBefore number: Int) -> (line: Int, column: Int)? {
        for index in lines.indices.prefix(max(0, min(number, lines.count))) {
            var column = 1
            for character in lines[index] {
                if character == "\t" { return (index + 1, column) }
                if character != " " && character != "-" { break }
                column += 1
            }
        }
        return nil
    }

    private func character(at mark: Mark) -> Character? {
        guard let line = line(mark.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return nil }
        return Character(scalars[mark.column - 1])
    }

    /// A line as its indentation (in columns), its `- ` marker (or ""), and the rest.
    static func split(_ line: Substring) -> (indent: Int, dash: String, rest: Substring) {
        let indent = line.prefix { $0 == " " }.count
        let afterIndent = line.dropFirst(indent)
        guard afterIndent.hasPrefix("- ") else { return (indent, "", afterIndent) }
        let rest = afterIndent.dropFirst(2).drop { $0 == " " }
        return (indent, String(afterIndent[..<rest.startIndex]), rest)
    }
}
