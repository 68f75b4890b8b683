import Foundation
import Yams

/// Loads and checks a curriculum: `curriculum.yaml`, `paths/<id>.yaml` and the front
/// matter of `lessons/<id>.md`. Collects every problem as a `Diagnostic` rather than
/// stopping at the first, and never crashes on any input.
public struct CurriculumLoader: Sendable {
    /// The curriculum format this build reads.
    public static let supportedFormat = 1

    public let source: any CurriculumSource

    public init(source: any CurriculumSource) {
        self.source = source
    }

    /// The curriculum, or `CurriculumError.invalid` with every error found. Warnings
    /// (a course's house rules, checked only by `validate`) never stop a load.
    public func load() throws -> Curriculum {
        let result = check()
        let errors = result.diagnostics.filter(\.isError)
        if let curriculum = result.curriculum, errors.isEmpty { return curriculum }
        throw CurriculumError.invalid(errors)
    }

    /// Everything the loader can say: the curriculum when it could be built, and
    /// all problems. `lintLessons` also reads every lesson body (for `validate`)
    /// and checks it against the course's `lint:` settings.
    ///
    /// One broken file never hides the others: when curriculum.yaml cannot be read,
    /// every file in paths/ is still checked, and a lesson whose front matter is
    /// broken still counts as existing under its file name.
    public func check(lintLessons: Bool = false) -> (curriculum: Curriculum?, diagnostics: [Diagnostic]) {
        var log = Diagnostics()
        var index = ReferenceIndex()
        let outcome = loadRoot(index: &index, warnIfNoID: lintLessons, log: &log)
        if case .newerFormat = outcome { return (nil, log.sorted) }
        let root: Root? = if case .loaded(let root) = outcome { root } else { nil }
        // Without curriculum.yaml the course's own rules are unknown: only errors, no house-rule guesses.
        let lint = lintLessons ? (root?.lint ?? .off) : nil
        let lessons = loadLessons(lint: lint, index: &index, log: &log)
        let reference = loadReferenceShelf(lessons: lessons, index: &index, log: &log)
        index.checkReferences(lessons: lessons, log: &log)
        let renames = index.checkRenames(log: &log)
        guard let root else { return (nil, log.sorted) }
        let curriculum = Curriculum(
            id: root.id, title: root.title, formatVersion: root.format, introduction: root.introduction,
            paths: root.paths, bootcamp: root.bootcamp, guidance: root.guidance,
            lessons: lessons, reference: reference, renames: renames, source: source)
        return (curriculum, log.sorted)
    }

    // MARK: - Files

    /// Reads and parses one YAML file, reporting a missing or unreadable file.
    func yaml(_ relativePath: String, log: inout Diagnostics) -> (Node, YAMLReader)? {
        let reader = YAMLReader(file: source.displayName(of: relativePath))
        do {
            let text = try source.text(of: relativePath)
            guard let node = reader.parse(text, into: &log) else { return nil }
            return (node, reader)
        } catch {
            log.report(Self.fileProblem(error), at: reader.location(line: 1, column: 1))
        }
        return nil
    }

    /// Names the offending entry (sanitised and cut short), so an author sees which
    /// one it is and a hostile value like `../../etc/passwd` is shown, not followed.
    static func notAnID(_ item: Node, in field: String, kind: String) -> String {
        guard let text = item.scalar?.string else {
            return "each entry of '\(field)' should be a \(kind) id; \(Identifier.syntaxHint)"
        }
        let shown = DisplayWidth.truncate(text.sanitizedLine, to: 40)
        return "'\(shown)' in '\(field)' is not a \(kind) id; \(Identifier.syntaxHint)"
    }

    /// Bytes read from each lesson at load time: front matter is a few hundred.
    static let frontMatterWindow = 4096

    /// What went wrong with a file or directory, said beside its name.
    static func fileProblem(_ error: any Error) -> String {
        guard let error = error as? CurriculumError else { return "cannot be read: \(error.localizedDescription)" }
        switch error {
        case .missingFile: return "file not found"
        case .unreadable(_, let reason): return "cannot be read: \(reason)"
        case .tooLarge(_, let bytes, let limit): return "file is \(bytes) bytes; the limit is \(limit)"
        case .outsideCurriculum: return "resolves outside the curriculum directory; refusing to read it"
        default: return error.description
        }
    }

    /// The files of a pack directory; a directory that cannot be listed (one that is a
    /// symlink out of the pack, say) is reported rather than read as empty.
    func listFiles(in directory: String, log: inout Diagnostics) -> [String] {
        do {
            return try source.files(in: directory)
        } catch {
            let reader = YAMLReader(file: source.displayName(of: directory))
            log.report(Self.fileProblem(error), at: reader.location(line: 1, column: 1))
        }
        return []
    }

    // MARK: - curriculum.yaml

    private struct Root {
        /// `id:`, or nil when the course leaves it to be derived from the title.
        var id: String?
        var title: String
        var format: Int
        var introduction: String
        var paths: [LearningPath]
        var bootcamp: Bootcamp
        var guidance: Guidance
        var lint: LintSettings
    }

    private enum RootOutcome {
        case loaded(Root)
        /// curriculum.yaml is missing or broken; the path files were checked anyway.
        case unreadable
        /// Written for a newer Waymark: nothing else is read, as its rules may differ.
        case newerFormat
    }

    private func loadRoot(index: inout ReferenceIndex, warnIfNoID: Bool, log: inout Diagnostics) -> RootOutcome {
        guard let (node, reader) = yaml("curriculum.yaml", log: &log),
            let root = MappingReader(
                node, shape: CurriculumFormat.curriculum, what: "curriculum.yaml", reader: reader, log: &log)
        else {
            index.isIncomplete = true
            loadPathFiles(index: &index, log: &log)
            return .unreadable
        }
        let format = root.int("format", checkingRange: false, log: &log) ?? Self.supportedFormat
        if format > Self.supportedFormat {
            log.report(
                "curriculum format \(format) is newer than this Waymark reads (\(Self.supportedFormat)); update Waymark",
                at: root.location(ofKey: "format"))
            return .newerFormat
        }
        if format < 1 {
            log.report(
                "'format' of curriculum.yaml should be \(Self.supportedFormat), not \(format)",
                at: root.location(ofKey: "format"))
        }
        let title = root.string("title", log: &log) ?? ""
        let id = courseID(root, title: title, warnIfMissing: warnIfNoID, log: &log)
        let introduction = root.string("introduction", log: &log) ?? ""
        let paths = loadListedPaths(root, index: &index, log: &log)
        let bootcamp = root.mapping("bootcamp", what: "bootcamp", log: &log).map {
            loadBootcamp($0, index: &index, log: &log)
        }
        let guidance = loadGuidance(root, index: &index, log: &log)
        let lint = root.mapping("lint", what: "lint", log: &log).map { loadLint($0, log: &log) } ?? .house
        return .loaded(
            Root(
                id: id, title: title, format: format, introduction: introduction, paths: paths,
                bootcamp: bootcamp
                    ?? Bootcamp(id: "bootcamp", title: "", summary: "", steps: [], rationale: [], nextSteps: []),
                guidance: guidance, lint: lint))
    }

    /// The paths `paths:` lists, in its order. Without a usable list, every file in
    /// paths/ is checked instead, so its problems show in the same run.
    private func loadListedPaths(_ root: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> [LearningPath]
    {
        guard root.value("paths")?.sequence != nil else {
            _ = root.sequence("paths", itemName: "path id", log: &log)
            index.isIncomplete = true
            loadPathFiles(index: &index, log: &log)
            return []
        }
        var paths: [LearningPath] = []
        var listed: Set<String> = []
        for item in root.sequence("paths", itemName: "path id", log: &log) {
            guard let id = item.scalar?.string, Identifier.isValid(id) else {
                log.report(Self.notAnID(item, in: "paths", kind: "path"), at: root.location(of: item))
                continue
            }
            index.listedPaths.insert(id)
            guard listed.insert(id).inserted else {
                log.report("path '\(id)' is listed twice; remove one", at: root.location(of: item))
                continue
            }
            if let path = loadPath(id: id, index: &index, log: &log) {
                paths.append(path)
            }
        }
        reportUnlistedPathFiles(listed: listed, at: root, log: &log)
        return paths
    }

    /// Checks every path file, for a run in which the list of paths is missing or broken.
    private func loadPathFiles(index: inout ReferenceIndex, log: inout Diagnostics) {
        for file in listFiles(in: "paths", log: &log) where file.hasSuffix(".yaml") {
            let id = String(file.dropFirst("paths/".count).dropLast(".yaml".count))
            guard Identifier.isValid(id) else { continue }
            index.listedPaths.insert(id)
            _ = loadPath(id: id, index: &index, log: &log)
        }
    }

    private func reportUnlistedPathFiles(listed: Set<String>, at root: MappingReader, log: inout Diagnostics) {
        for file in listFiles(in: "paths", log: &log) where file.hasSuffix(".yaml") {
            let id = String(file.dropFirst("paths/".count).dropLast(".yaml".count))
            if !listed.contains(id) {
                log.report(
                    "\(file) is not listed in 'paths' of curriculum.yaml; add '\(id)' there or remove the file",
                    at: root.location(ofKey: "paths"))
            }
        }
    }

    /// `lint:`: each rule a value or `off`; an absent rule keeps the house value.
    private func loadLint(_ lint: MappingReader, log: inout Diagnostics) -> LintSettings {
        var settings = LintSettings.house
        func isOff(_ key: String) -> Bool {
            guard let text = lint.value(key)?.scalar?.string.trimmed.lowercased() else { return false }
            return text == "off" || text == "false"
        }
        if lint.value("lesson-words") != nil {
            if isOff("lesson-words") {
                settings.lessonWords = nil
            } else {
                let bounds = lint.sequence("lesson-words", log: &log).compactMap {
                    $0.scalar.flatMap { Int($0.string) }
                }
                if bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] {
                    settings.lessonWords = bounds[0]...bounds[1]
                } else {
                    log.report(
                        "'lesson-words' of lint should be [fewest, most], such as [400, 1200], or off",
                        at: lint.location(ofKey: "lesson-words"))
                }
            }
        }
        for key in ["self-checks", "code-width"] where lint.value(key) != nil {
            let value: Int?? = isOff(key) ? .some(nil) : lint.int(key, log: &log).map { .some($0) }
            guard let value else { continue }
            if key == "self-checks" { settings.selfChecks = value } else { settings.codeWidth = value }
        }
        if lint.value("lesson-sections") != nil {
            settings.lessonSections = isOff("lesson-sections") ? nil : lint.strings("lesson-sections", log: &log)
        }
        return settings
    }

    // MARK: - Bootcamp and guidance

    private func loadBootcamp(_ bootcamp: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> Bootcamp
    {
        let id = bootcamp.id(log: &log)
        let title = bootcamp.string("title", log: &log)
        let summary = bootcamp.string("summary", log: &log)
        let steps = bootcamp.mappings("steps", itemName: "bootcamp step", log: &log).compactMap {
            step -> BootcampStep? in
            let id = step.id(log: &log)
            let title = step.string("title", log: &log)
            let text = step.string("text", log: &log)
            let lessons = lessonReferences(step, index: &index, log: &log)
            if let id { index.define(id, kind: "bootcamp step", at: step.location, log: &log) }
            guard let id, let title, let text else { return nil }
            return BootcampStep(id: id, title: title, text: text, lessonIDs: lessons)
        }
        return Bootcamp(
            id: id ?? "bootcamp", title: title ?? "Bootcamp", summary: summary ?? "", steps: steps,
            rationale: bootcamp.strings("rationale", log: &log),
            nextSteps: bootcamp.strings("next-steps", log: &log))
    }

    /// The advice in curriculum.yaml. Every field of an entry is read before any is
    /// checked, so an entry missing three fields gets all three reported at once.
    private func loadGuidance(_ root: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics) -> Guidance {
        var guidance = Guidance()
        if let prerequisites = root.mapping("prerequisites", what: "prerequisites", log: &log) {
            func read(_ key: String) -> [Prerequisite] {
                prerequisites.mappings(key, itemName: "\(key) prerequisite", log: &log).compactMap { item in
                    let topic = item.string("topic", log: &log)
                    let need = item.string("need", log: &log)
                    let example = item.string("example", log: &log)
                    let remedy = item.value("remedy") != nil ? item.string("remedy", log: &log) : nil
                    guard let topic, let need, let example else { return nil }
                    return Prerequisite(topic: topic, need: need, example: example, remedy: remedy)
                }
            }
            guidance.essentialPrerequisites = read("essential")
            guidance.helpfulPrerequisites = read("helpful")
        }
        guidance.pathSelector = root.mappings("path-selector", itemName: "path-selector entry", log: &log).compactMap {
            item in
            let profile = item.string("profile", log: &log)
            let path = item.id("path", log: &log)
            if let path { index.reference(path: path, at: item.location(ofKey: "path")) }
            guard let profile, let path else { return nil }
            return PathRecommendation(profile: profile, pathID: path)
        }
        guidance.studyTips = root.mappings("study-tips", itemName: "study tip", log: &log).compactMap { item in
            let name = item.string("name", log: &log)
            let practice = item.string("practice", log: &log)
            let reason = item.string("reason", log: &log)
            guard let name, let practice, let reason else { return nil }
            return StudyTip(name: name, practice: practice, reason: reason)
        }
        guidance.portfolioHabits = root.strings("portfolio-habits", log: &log)
        guidance.pitfalls = root.mappings("pitfalls", itemName: "pitfall", log: &log).compactMap { item in
            let mistake = item.string("mistake", log: &log)
            let instead = item.string("instead", log: &log)
            guard let mistake, let instead else { return nil }
            return Pitfall(mistake: mistake, instead: instead)
        }
        guidance.quickStart = root.strings("quick-start", log: &log)
        guidance.readingOrders = root.mappings("reading-orders", itemName: "reading order", log: &log).compactMap {
            item in
            let id = item.id(log: &log)
            let title = item.string("title", log: &log)
            let bestFor = item.string("best-for", log: &log)
            let time = item.string("time", log: &log)
            let steps = readingSteps(item, index: &index, log: &log)
            if let id { index.define(id, kind: "reading order", at: item.location, log: &log) }
            guard let id, let title, let bestFor, let time else { return nil }
            return ReadingOrder(id: id, title: title, bestFor: bestFor, timeInvestment: time, steps: steps)
        }
        return guidance
    }

    // MARK: - Lessons

    /// Every lesson's front matter, and with `lint` its body against those rules.
    /// A lesson whose front matter is broken is still known by its file name, so
    /// the links to it are not reported as dangling as well.
    private func loadLessons(lint: LintSettings?, index: inout ReferenceIndex, log: inout Diagnostics)
        -> [String: Lesson]
    {
        var lessons: [String: Lesson] = [:]
        for file in listFiles(in: "lessons", log: &log) where file.hasSuffix(".md") {
            let reader = YAMLReader(file: source.displayName(of: file))
            let fileID = String(file.dropFirst("lessons/".count).dropLast(".md".count))
            let text: String
            do {
                // Front matter only, unless linting needs the body too.
                text =
                    try lint != nil
                    ? source.text(of: file) : source.leadingText(of: file, count: Self.frontMatterWindow)
            } catch {
                log.report(Self.fileProblem(error), at: reader.location(line: 1, column: 1))
                index.define(fileID, kind: "lesson", at: reader.location(line: 1, column: 1), log: &log)
                continue
            }
            var document = LessonDocument(text: text)
            if document.frontMatter == nil, lint == nil, let whole = try? source.text(of: file) {
                // No front matter in the window: it may be longer (rare), so read the whole file.
                document = LessonDocument(text: whole)
            }
            if let lint {
                log.append(
                    contentsOf: LessonLint(
                        file: reader.file, body: String(document.body), firstLine: document.bodyFirstLine,
                        settings: lint
                    ).problems)
            }
            guard
                let lesson = lessonFrontMatter(
                    document, file: file, fileID: fileID, reader: reader, index: &index, log: &log)
            else { continue }
            lessons[lesson.id] = lesson
        }
        return lessons
    }

    private func lessonFrontMatter(
        _ document: LessonDocument, file: String, fileID: String, reader: YAMLReader, index: inout ReferenceIndex,
        log: inout Diagnostics
    ) -> Lesson? {
        guard let frontMatter = document.frontMatter else {
            log.report(
                "a lesson starts with YAML front matter between two '---' lines (id, title, minutes, summary)",
                at: reader.location(line: 1, column: 1))
            index.define(fileID, kind: "lesson", at: reader.location(line: 1, column: 1), log: &log)
            return nil
        }
        guard let node = reader.parse(String(frontMatter), lineOffset: 1, into: &log),
            let meta = MappingReader(
                node, shape: CurriculumFormat.lesson, what: "lesson front matter", reader: reader, lineOffset: 1,
                log: &log)
        else {
            index.define(fileID, kind: "lesson", at: reader.location(line: 2, column: 1), log: &log)
            return nil
        }
        let id = meta.id(log: &log)
        if let id, id != fileID {
            log.report(
                "lesson id '\(id)' does not match its file name '\(fileID).md'; rename the file to \(id).md "
                    + "or set 'id: \(fileID)'",
                at: meta.location(ofKey: "id"))
            index.alias(lesson: id, to: fileID)
        }
        let minutes = meta.int("minutes", log: &log)
        let title = meta.string("title", log: &log)
        let summary = meta.string("summary", log: &log)
        let tags = meta.strings("tags", log: &log)
        let prerequisites = meta.strings("prerequisites", log: &log)
        for prerequisite in prerequisites {
            index.reference(lesson: prerequisite, at: meta.location(ofKey: "prerequisites"), countsAsLink: false)
        }
        index.define(fileID, kind: "lesson", at: meta.location, log: &log)
        renamedFrom(meta, id: fileID, kind: "lesson", index: &index, log: &log)
        guard let id, let title, let summary, let minutes else { return nil }
        return Lesson(
            id: id, title: title, minutes: minutes, summary: summary, tags: tags, prerequisites: prerequisites,
            file: file)
    }
}
