/// What the loader saw defined and referenced, so the cross-file checks (duplicate
/// ids, dangling lesson links, unlinked lessons) run once everything is read.
struct ReferenceIndex {
    private struct Definition {
        var kind: String
        var location: SourceLocation
    }

    private struct Reference {
        var id: String
        var location: SourceLocation
        var countsAsLink: Bool
    }

    private var definitions: [String: Definition] = [:]
    private var lessonReferences: [Reference] = []
    private var pathReferences: [Reference] = []
    private var patternReferences: [Reference] = []
    /// Path ids listed in curriculum.yaml, whether or not their files loaded.
    var listedPaths: Set<String> = []
    /// Set when a file could not be parsed: links it held are unknown, so reporting
    /// lessons as unlinked would only add noise to the real problem.
    var isIncomplete = false
    /// Lesson ids declared in front matter that differ from their file names: the
    /// mismatch is reported once, and links by either name count for the file.
    private var lessonAliases: [String: String] = [:]
    /// Each `renamed-from` entry: an old id, the id that took it over, and where.
    private var renames: [Rename] = []

    private struct Rename {
        var old: String
        var new: String
        var kind: String
        var location: SourceLocation
    }

    /// Deliverables, success criteria and Bootcamp steps share one namespace: they
    /// are what progress is keyed by. Lessons, patterns, cheat sheets and recipes
    /// each have their own; phases are per path.
    private static func namespace(of kind: String, scope: String?) -> String {
        switch kind {
        case "lesson": return "lesson:"
        case "phase": return "phase:\(scope ?? ""):"
        case "pattern", "cheat sheet", "recipe", "reading order": return kind + ":"
        default: return "item:"
        }
    }

    mutating func define(
        _ id: String, kind: String, scope: String? = nil, at location: SourceLocation, log: inout Diagnostics
    ) {
        let key = Self.namespace(of: kind, scope: scope) + id
        if let earlier = definitions[key] {
            log.report(
                "duplicate id '\(id)': already used by the \(earlier.kind) at \(earlier.location.file):\(earlier.location.line):\(earlier.location.column)",
                at: location)
        } else {
            definitions[key] = Definition(kind: kind, location: location)
        }
    }

    /// `old` in the `renamed-from` list of the `kind` whose id is `new`.
    mutating func rename(from old: String, to new: String, kind: String, at location: SourceLocation) {
        renames.append(Rename(old: old, new: new, kind: kind, location: location))
    }

    /// The course's renames, once every id is defined. An old id that is still an
    /// id of the course, or that two entities claim, is an error: progress under it
    /// would have two homes.
    func checkRenames(log: inout Diagnostics) -> IDRenames {
        var result = IDRenames()
        var claimed: [String: Rename] = [:]
        for rename in renames {
            let namespace = rename.kind == "path" ? "path:" : Self.namespace(of: rename.kind, scope: nil)
            let key = namespace + rename.old
            if rename.old == rename.new {
                log.report(
                    "'\(rename.old)' in renamed-from is this \(rename.kind)'s own id; remove it", at: rename.location)
                continue
            }
            if let live = liveDefinition(namespace: namespace, id: rename.old) {
                log.report(
                    "'\(rename.old)' in renamed-from of \(rename.kind) '\(rename.new)' is still the id of \(live); "
                        + "an id is either in use or renamed, not both",
                    at: rename.location)
                continue
            }
            if let earlier = claimed[key] {
                log.report(
                    "'\(rename.old)' in renamed-from is already claimed by \(earlier.kind) '\(earlier.new)' at "
                        + "\(earlier.location.file):\(earlier.location.line):\(earlier.location.column); "
                        + "progress under an old id can move to one place only",
                    at: rename.location)
                continue
            }
            claimed[key] = rename
            switch namespace {
            case "path:": result.paths[rename.old] = rename.new
            case "lesson:": result.lessons[rename.old] = rename.new
            default: result.items[rename.old] = rename.new
            }
        }
        return result
    }

    /// "the deliverable at file:line:column" for an id in use, or nil.
    private func liveDefinition(namespace: String, id: String) -> String? {
        if namespace == "path:" { return listedPaths.contains(id) ? "a path listed in curriculum.yaml" : nil }
        if namespace == "lesson:", let file = lessonAliases[id] { return "the lesson in \(file).md" }
        guard let definition = definitions[namespace + id] else { return nil }
        let location = definition.location
        return "the \(definition.kind) at \(location.file):\(location.line):\(location.column)"
    }

    mutating func reference(lesson id: String, at location: SourceLocation, countsAsLink: Bool = true) {
        lessonReferences.append(Reference(id: id, location: location, countsAsLink: countsAsLink))
    }

    mutating func alias(lesson declared: String, to fileID: String) {
        lessonAliases[declared] = fileID
    }

    mutating func reference(path id: String, at location: SourceLocation) {
        pathReferences.append(Reference(id: id, location: location, countsAsLink: true))
    }

    /// A link to a pattern card from outside the shelf (a reading-order step).
    mutating func reference(pattern id: String, at location: SourceLocation) {
        patternReferences.append(Reference(id: id, location: location, countsAsLink: true))
    }

    func checkReferences(lessons: [String: Lesson], log: inout Diagnostics) {
        let lessonIDs = definitions.keys.filter { $0.hasPrefix("lesson:") }.map {
            String($0.dropFirst("lesson:".count))
        }.sorted()
        let known = Set(lessonIDs).union(lessonAliases.keys)
        for reference in lessonReferences where !known.contains(reference.id) {
            let hint = Suggestion.didYouMean(reference.id, among: lessonIDs)
            log.report(
                "no lesson '\(reference.id)' in lessons/"
                    + (hint.isEmpty ? "; write lessons/\(reference.id).md or link an existing lesson" : hint),
                at: reference.location)
        }
        let linked = Set(lessonReferences.filter(\.countsAsLink).map { lessonAliases[$0.id] ?? $0.id })
        for id in lessonIDs where !linked.contains(id) && !isIncomplete {
            if let definition = definitions["lesson:" + id] {
                log.report(
                    "lesson '\(id)' is not linked from any activity, deliverable or bootcamp step",
                    at: definition.location)
            }
        }
        let pathIDs = listedPaths.sorted()
        for reference in pathReferences where !listedPaths.contains(reference.id) {
            log.report(
                "no path '\(reference.id)'\(Suggestion.didYouMean(reference.id, among: pathIDs))",
                at: reference.location)
        }
        let patternIDs = definitions.keys.filter { $0.hasPrefix("pattern:") }.map {
            String($0.dropFirst("pattern:".count))
        }.sorted()
        let knownPatterns = Set(patternIDs)
        for reference in patternReferences where !knownPatterns.contains(reference.id) {
            log.report(
                "no pattern '\(reference.id)' in patterns/\(Suggestion.didYouMean(reference.id, among: patternIDs))",
                at: reference.location)
        }
    }
}
