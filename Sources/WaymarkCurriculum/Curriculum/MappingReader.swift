import Yams

/// A YAML mapping read against its shape in `CurriculumFormat`: on creation it
/// reports every key the shape does not allow and every required key that is
/// missing, all at once; its getters then read values by key.
struct MappingReader {
    let mapping: Node.Mapping
    let node: Node
    let shape: FormatShape
    let reader: YAMLReader
    let lineOffset: Int
    /// What this mapping is, for messages: "path 'alpha'", "phase 2", "deliverable 1".
    let what: String

    init?(
        _ node: Node, shape: FormatShape, what: String, reader: YAMLReader, lineOffset: Int = 0,
        log: inout Diagnostics
    ) {
        guard let mapping = node.mapping else {
            let required = shape.keys.filter(\.isRequired).map { "\($0.name): …" }
            log.report(
                "\(what) should be a mapping of keys to values"
                    + (required.isEmpty ? "" : " (\(required.joined(separator: ", ")))"),
                at: reader.location(of: node, lineOffset: lineOffset))
            return nil
        }
        self.mapping = mapping
        self.node = node
        self.shape = shape
        self.reader = reader
        self.lineOffset = lineOffset
        self.what = what
        checkKeys(log: &log)
    }

    var location: SourceLocation { reader.location(of: node, lineOffset: lineOffset) }

    func location(of node: Node) -> SourceLocation { reader.location(of: node, lineOffset: lineOffset) }

    /// Where `key`'s value stands, or the mapping when the key is absent.
    func location(ofKey key: String) -> SourceLocation {
        mapping[key].map(location(of:)) ?? location
    }

    // MARK: - Keys

    /// Reports keys the shape does not allow (with the nearest allowed key, or the
    /// whole list when none is near), then every missing required key in one line.
    private func checkKeys(log: inout Diagnostics) {
        let allowed = shape.keyNames
        for key in mapping.keys {
            let name = key.string ?? "\(key)"
            guard !allowed.contains(name) else { continue }
            let hint = Suggestion.didYouMean(name, among: allowed)
            log.report(
                "unknown key '\(name)' in \(what)"
                    + (hint.isEmpty ? "; the keys allowed here are \(allowed.joined(separator: ", "))" : hint),
                at: location(of: key))
        }
        let missing = shape.keys.filter { $0.isRequired && mapping[$0.name] == nil && !isMisspelled($0.name) }
        guard !missing.isEmpty else { return }
        let names = Self.list(missing.map { "'\($0.name)'" })
        log.report("missing \(names) in \(what); add \(Self.list(missing.map(Self.howToAdd)))", at: location)
    }

    /// "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// How to write a missing key, as a line the author can copy.
    private static func howToAdd(_ key: FormatKey) -> String {
        switch key.type {
        case .shape: return "'\(key.name):' with its keys indented below it"
        case .list(.shape, _, _): return "'\(key.name):' with its entries below it, each starting with '- '"
        case .anyOf(let types) where types.allSatisfy({ if case .shape = $0 { true } else { false } }):
            return "'\(key.name):' with its keys indented below it"
        default: return "'\(key.name): \(key.type.sample)'"
        }
    }

    /// True when a present key looks like a typo of `key`: the unknown-key report
    /// already says so, and a second "missing" report would only repeat it.
    func isMisspelled(_ key: String) -> Bool {
        mapping[key] == nil
            && mapping.keys.contains { other in
                guard let name = other.string, name != key, !shape.keyNames.contains(name) else { return false }
                return Suggestion.closest(to: name, among: shape.keyNames, limit: 1).first == key
            }
    }

    private func isRequired(_ key: String) -> Bool {
        assert(shape.key(key) != nil, "'\(key)' is read but not declared in the shape '\(shape.name)'")
        return shape.key(key)?.isRequired ?? false
    }

    // MARK: - Values

    /// The value of `key`; nil when absent, null or an empty plain scalar.
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

    /// Reports a required key that is present with no value. Absent keys were
    /// reported when the mapping was read.
    private func reportEmpty(_ key: String, log: inout Diagnostics) {
        if isRequired(key), let present = mapping[key] {
            log.report("'\(key)' of \(what) must not be empty", at: location(of: present))
        }
    }

    /// A scalar as text. Reports a non-scalar, or an empty value of a required key.
    func string(_ key: String, log: inout Diagnostics) -> String? {
        guard let value = value(key) else {
            reportEmpty(key, log: &log)
            return nil
        }
        guard let scalar = value.scalar else {
            log.report("'\(key)' of \(what) should be text, not a \(value.kindName)", at: location(of: value))
            return nil
        }
        let text = scalar.string.trimmed
        if text.isEmpty {
            if isRequired(key) { log.report("'\(key)' of \(what) must not be empty", at: location(of: value)) }
            return nil
        }
        return text.sanitizedForDisplay
    }

    /// A whole number; with `checkingRange`, inside the bounds the shape gives it.
    func int(_ key: String, checkingRange: Bool = true, log: inout Diagnostics) -> Int? {
        guard let text = string(key, log: &log) else { return nil }
        guard let number = Int(text) else {
            log.report("'\(key)' of \(what) should be a whole number, not '\(text)'", at: location(ofKey: key))
            return nil
        }
        if checkingRange, let (min, max) = shape.key(key).flatMap({ Self.integerBounds(of: $0.type) }),
            number < min || number > (max ?? Int.max)
        {
            let bounds = max.map { "between \(min) and \($0)" } ?? "at least \(min)"
            log.report("'\(key)' of \(what) should be \(bounds), not \(number)", at: location(ofKey: key))
            return nil
        }
        return number
    }

    /// The bounds of a whole-number type, alone or as one of several choices.
    private static func integerBounds(of type: FormatType) -> (Int, Int?)? {
        switch type {
        case .integer(let min, let max): return (min, max)
        case .anyOf(let types): return types.lazy.compactMap(integerBounds).first
        default: return nil
        }
    }

    /// An id: present, and in kebab-case.
    func id(_ key: String = "id", log: inout Diagnostics) -> String? {
        guard let text = string(key, log: &log) else { return nil }
        guard Identifier.isValid(text) else {
            log.report("'\(text)' is not a valid id: \(Identifier.syntaxHint)", at: location(ofKey: key))
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
                at: location(ofKey: key))
            return nil
        }
        return range
    }

    /// A sequence of nodes; [] when absent. A present list that the shape says
    /// must not be empty is reported, with `emptyMessage` when given.
    func sequence(_ key: String, itemName: String = "entry", emptyMessage: String? = nil, log: inout Diagnostics)
        -> [Node]
    {
        guard let value = value(key) else {
            if mapping[key] != nil { reportEmptyList(key, itemName: itemName, emptyMessage: emptyMessage, log: &log) }
            return []
        }
        guard let sequence = value.sequence else {
            log.report("'\(key)' of \(what) should be a list, not a \(value.kindName)", at: location(of: value))
            return []
        }
        if sequence.isEmpty { reportEmptyList(key, itemName: itemName, emptyMessage: emptyMessage, log: &log) }
        return Array(sequence)
    }

    private func reportEmptyList(_ key: String, itemName: String, emptyMessage: String?, log: inout Diagnostics) {
        assert(shape.key(key) != nil, "'\(key)' is read but not declared in the shape '\(shape.name)'")
        guard case .list(_, let minItems, _)? = shape.key(key)?.type, minItems > 0 else { return }
        log.report(
            emptyMessage ?? "'\(key)' of \(what) is empty; add at least one \(itemName)", at: location(ofKey: key))
    }

    /// A list of non-empty strings.
    func strings(_ key: String, log: inout Diagnostics) -> [String] {
        sequence(key, log: &log).compactMap { item in
            guard let scalar = item.scalar, !scalar.string.trimmed.isEmpty else {
                log.report("each item of '\(key)' in \(what) should be non-empty text", at: location(of: item))
                return nil
            }
            return scalar.string.trimmed.sanitizedForDisplay
        }
    }

    /// Each item of a list as a mapping reader, read against the shape its key's
    /// type names.
    func mappings(_ key: String, itemName: String, log: inout Diagnostics) -> [MappingReader] {
        guard case .list(.shape(let name), _, _)? = shape.key(key)?.type,
            let itemShape = CurriculumFormat.shape(named: name)
        else {
            assertionFailure("'\(key)' of shape '\(shape.name)' is not a list of mappings")
            return []
        }
        return sequence(key, itemName: itemName, log: &log).enumerated().compactMap { index, item in
            MappingReader(
                item, shape: itemShape, what: "\(itemName) \(index + 1)", reader: reader, lineOffset: lineOffset,
                log: &log)
        }
    }

    /// The mapping under `key`, read against the shape its type names.
    func mapping(_ key: String, what: String, log: inout Diagnostics) -> MappingReader? {
        guard case .shape(let name)? = shape.key(key)?.type, let valueShape = CurriculumFormat.shape(named: name)
        else {
            assertionFailure("'\(key)' of shape '\(shape.name)' is not a mapping")
            return nil
        }
        guard let value = value(key) else {
            reportEmpty(key, log: &log)
            return nil
        }
        return MappingReader(value, shape: valueShape, what: what, reader: reader, lineOffset: lineOffset, log: &log)
    }
}
