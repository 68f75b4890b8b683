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

    /// The curriculum, or `CurriculumError.invalid` with every problem found.
    public func load() throws -> Curriculum {
        let result = check()
        if let curriculum = result.curriculum, result.diagnostics.isEmpty { return curriculum }
        throw CurriculumError.invalid(result.diagnostics)
    }

    /// Everything the loader can say: the curriculum when it could be built, and
    /// all problems. `lintLessons` also reads every lesson body (for `validate`).
    public func check(lintLessons: Bool = false) -> (curriculum: Curriculum?, diagnostics: [Diagnostic]) {
        var log = Diagnostics()
        var index = ReferenceIndex()
        let lessons = loadLessons(lint: lintLessons, index: &index, log: &log)
        guard let root = loadRoot(index: &index, log: &log) else { return (nil, log.sorted) }
        let reference = loadReferenceShelf(lessons: lessons, index: &index, log: &log)
        index.checkReferences(lessons: lessons, log: &log)
        let curriculum = Curriculum(
            title: root.title, formatVersion: root.format, introduction: root.introduction,
            paths: root.paths, bootcamp: root.bootcamp, guidance: root.guidance,
            lessons: lessons, reference: reference, source: source)
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
        var title: String
        var format: Int
        var introduction: String
        var paths: [LearningPath]
        var bootcamp: Bootcamp
        var guidance: Guidance
    }

    private static let rootKeys = [
        "format", "title", "introduction", "paths", "bootcamp", "prerequisites", "path-selector",
        "study-tips", "portfolio-habits", "pitfalls", "quick-start", "reading-orders",
    ]

    private func loadRoot(index: inout ReferenceIndex, log: inout Diagnostics) -> Root? {
        guard let (node, reader) = yaml("curriculum.yaml", log: &log),
            let root = MappingReader(node, what: "curriculum.yaml", reader: reader, log: &log)
        else { return nil }
        root.rejectUnknownKeys(allowed: Self.rootKeys, log: &log)

        let format = root.int("format", log: &log) ?? Self.supportedFormat
        if format > Self.supportedFormat {
            log.report(
                "curriculum format \(format) is newer than this Waymark reads (\(Self.supportedFormat)); update Waymark",
                at: root.location(of: root.mapping["format"]!))
            return nil
        }
        let title = root.string("title", log: &log) ?? ""
        let introduction = root.string("introduction", required: false, log: &log) ?? ""

        var paths: [LearningPath] = []
        var listed: Set<String> = []
        for item in root.sequence("paths", required: true, log: &log) {
            guard let id = item.scalar?.string, Identifier.isValid(id) else {
                log.report(Self.notAnID(item, in: "paths", kind: "path"), at: root.location(of: item))
                continue
            }
            index.listedPaths.insert(id)
            guard listed.insert(id).inserted else {
                log.report("path '\(id)' is listed twice", at: root.location(of: item))
                continue
            }
            if let path = loadPath(id: id, listedAt: root.location(of: item), index: &index, log: &log) {
                paths.append(path)
            }
        }
        reportUnlistedPathFiles(listed: listed, at: root, log: &log)

        let bootcamp = root.value("bootcamp").flatMap {
            MappingReader($0, what: "bootcamp", reader: reader, log: &log)
        }.map { loadBootcamp($0, index: &index, log: &log) }
        if root.value("bootcamp") == nil { log.report("missing 'bootcamp' in curriculum.yaml", at: root.location) }

        let guidance = loadGuidance(root, index: &index, log: &log)
        return Root(
            title: title, format: format, introduction: introduction, paths: paths,
            bootcamp: bootcamp
                ?? Bootcamp(id: "bootcamp", title: "", summary: "", steps: [], rationale: [], nextSteps: []),
            guidance: guidance)
    }

    private func reportUnlistedPathFiles(listed: Set<String>, at root: MappingReader, log: inout Diagnostics) {
        for file in listFiles(in: "paths", log: &log) where file.hasSuffix(".yaml") {
            let id = String(file.dropFirst("paths/".count).dropLast(".yaml".count))
            if !listed.contains(id) {
                log.report(
                    "\(file) is not listed in 'paths' of curriculum.yaml; add '\(id)' there or remove the file",
                    at: root.location(of: root.mapping["paths"] ?? root.node))
            }
        }
    }

    // MARK: - paths/<id>.yaml

    private static let pathKeys = [
        "id", "title", "audience", "summary", "duration-weeks", "hours-per-week", "focus-order", "phases",
        "success-criteria",
    ]
    private static let phaseKeys = ["id", "weeks", "focus", "summary", "activities", "deliverables"]
    private static let activityKeys = ["text", "lessons"]
    private static let deliverableKeys = ["id", "title", "description", "lessons", "steps"]
    private static let criterionKeys = ["id", "text"]

    private func loadPath(id: String, listedAt: SourceLocation, index: inout ReferenceIndex, log: inout Diagnostics)
        -> LearningPath?
    {
        let file = "paths/\(id).yaml"
        guard let (node, reader) = yaml(file, log: &log),
            let path = MappingReader(node, what: "path '\(id)'", reader: reader, log: &log)
        else {
            index.isIncomplete = true
            return nil
        }
        path.rejectUnknownKeys(allowed: Self.pathKeys, log: &log)
        if let declared = path.id(log: &log), declared != id {
            log.report(
                "id '\(declared)' does not match the file name; the file for path '\(declared)' is paths/\(declared).yaml",
                at: path.location(of: path.mapping["id"]!))
        }
        let title = path.string("title", log: &log) ?? id
        let duration = path.range("duration-weeks", log: &log)
        let phases = path.mappings("phases", itemName: "phase", required: true, log: &log).compactMap { reader in
            loadPhase(reader, index: &index, log: &log).map { (phase: $0, location: reader.location) }
        }
        checkWeeks(phases, duration: duration, log: &log)
        for (phase, location) in phases {
            index.define(phase.id, kind: "phase", scope: id, at: location, log: &log)
        }

        let criteria = path.mappings("success-criteria", itemName: "success criterion", required: true, log: &log)
            .compactMap { reader -> SuccessCriterion? in
                reader.rejectUnknownKeys(allowed: Self.criterionKeys, log: &log)
                let criterionID = reader.id(log: &log)
                let text = reader.string("text", log: &log)
                if let criterionID {
                    index.define(criterionID, kind: "success criterion", at: reader.location, log: &log)
                }
                guard let criterionID, let text else { return nil }
                return SuccessCriterion(id: criterionID, text: text)
            }
        return LearningPath(
            id: id, title: title,
            audience: path.string("audience", log: &log) ?? "",
            summary: path.string("summary", log: &log) ?? "",
            durationWeeks: duration ?? WeekRange(1, 1),
            hoursPerWeek: path.range("hours-per-week", log: &log) ?? WeekRange(1, 1),
            focusOrder: path.strings("focus-order", required: true, log: &log),
            phases: phases.map(\.phase), successCriteria: criteria)
    }

    private func loadPhase(_ phase: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> Phase?
    {
        phase.rejectUnknownKeys(allowed: Self.phaseKeys, log: &log)
        let id = phase.id(log: &log)
        let weeks = phase.range("weeks", log: &log)
        let focus = phase.string("focus", log: &log)
        let summary = phase.string("summary", required: false, log: &log) ?? ""
        let activities = phase.mappings("activities", itemName: "activity", required: true, log: &log).compactMap {
            activity -> Activity? in
            activity.rejectUnknownKeys(allowed: Self.activityKeys, log: &log)
            let text = activity.string("text", log: &log)
            let lessons = lessonReferences(activity, index: &index, log: &log)
            return text.map { Activity(text: $0, lessonIDs: lessons) }
        }
        let deliverables = phase.mappings("deliverables", itemName: "deliverable", required: true, log: &log)
            .compactMap { deliverable -> Deliverable? in
                deliverable.rejectUnknownKeys(allowed: Self.deliverableKeys, log: &log)
                let deliverableID = deliverable.id(log: &log)
                let title = deliverable.string("title", log: &log)
                let description = deliverable.string("description", required: false, log: &log) ?? ""
                let lessons = lessonReferences(deliverable, index: &index, log: &log)
                if let deliverableID {
                    index.define(deliverableID, kind: "deliverable", at: deliverable.location, log: &log)
                }
                let steps = deliverable.mappings("steps", itemName: "step", log: &log).compactMap { step in
                    step.rejectUnknownKeys(allowed: ["id", "text"], log: &log)
                    guard let stepID = step.id(log: &log), let text = step.string("text", log: &log) else {
                        return nil as DeliverableStep?
                    }
                    index.define(stepID, kind: "step", at: step.location, log: &log)
                    return DeliverableStep(id: stepID, text: text)
                }
                guard let deliverableID, let title else { return nil }
                return Deliverable(
                    id: deliverableID, title: title, description: description, lessonIDs: lessons, steps: steps)
            }
        guard let id, let weeks, let focus else { return nil }
        return Phase(
            id: id, weeks: weeks, focus: focus, summary: summary, activities: activities, deliverables: deliverables)
    }

    /// `lessons: [...]` of an activity, deliverable or step: required and non-empty,
    /// every id recorded for the cross-reference check.
    private func lessonReferences(_ owner: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> [String]
    {
        let items = owner.sequence("lessons", log: &log)
        if items.isEmpty {
            log.report("\(owner.what) links no lessons; add 'lessons: [lesson-id, ...]'", at: owner.location)
        }
        return items.compactMap { item in
            guard let id = item.scalar?.string, Identifier.isValid(id) else {
                log.report(Self.notAnID(item, in: "lessons", kind: "lesson"), at: owner.location(of: item))
                return nil
            }
            index.reference(lesson: id, at: owner.location(of: item))
            return id
        }
    }

    /// Phases must sit inside the path's longest duration, in order, without overlap.
    private func checkWeeks(
        _ phases: [(phase: Phase, location: SourceLocation)], duration: WeekRange?, log: inout Diagnostics
    ) {
        for (offset, (phase, at)) in phases.enumerated() {
            if let duration, phase.weeks.last > duration.last {
                log.report(
                    "phase '\(phase.id)' runs to week \(phase.weeks.last), past the path's \(duration.last) weeks",
                    at: at)
            }
            guard offset > 0 else { continue }
            let previous = phases[offset - 1].phase
            if phase.weeks.overlaps(previous.weeks) {
                log.report(
                    "weeks \(phase.weeks) of phase '\(phase.id)' overlap weeks \(previous.weeks) of phase '\(previous.id)'",
                    at: at)
            } else if phase.weeks.first < previous.weeks.first {
                log.report(
                    "phase '\(phase.id)' comes before phase '\(previous.id)' in time; list phases in week order", at: at
                )
            }
        }
    }

    // MARK: - Bootcamp and guidance

    private static let bootcampKeys = ["id", "title", "summary", "steps", "rationale", "next-steps"]
    private static let stepKeys = ["id", "title", "text", "lessons"]

    private func loadBootcamp(_ bootcamp: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> Bootcamp
    {
        bootcamp.rejectUnknownKeys(allowed: Self.bootcampKeys, log: &log)
        let steps = bootcamp.mappings("steps", itemName: "bootcamp step", required: true, log: &log).compactMap {
            step -> BootcampStep? in
            step.rejectUnknownKeys(allowed: Self.stepKeys, log: &log)
            let id = step.id(log: &log)
            let title = step.string("title", log: &log)
            let text = step.string("text", log: &log)
            let lessons = lessonReferences(step, index: &index, log: &log)
            if let id { index.define(id, kind: "bootcamp step", at: step.location, log: &log) }
            guard let id, let title, let text else { return nil }
            return BootcampStep(id: id, title: title, text: text, lessonIDs: lessons)
        }
        return Bootcamp(
            id: bootcamp.id(log: &log) ?? "bootcamp",
            title: bootcamp.string("title", log: &log) ?? "Bootcamp",
            summary: bootcamp.string("summary", log: &log) ?? "",
            steps: steps,
            rationale: bootcamp.strings("rationale", log: &log),
            nextSteps: bootcamp.strings("next-steps", log: &log))
    }

    private func loadGuidance(_ root: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics) -> Guidance {
        var guidance = Guidance()
        if let prerequisites = root.value("prerequisites").flatMap({
            MappingReader($0, what: "prerequisites", reader: root.reader, log: &log)
        }) {
            prerequisites.rejectUnknownKeys(allowed: ["essential", "helpful"], log: &log)
            func read(_ key: String) -> [Prerequisite] {
                prerequisites.mappings(key, itemName: "\(key) prerequisite", log: &log).compactMap { item in
                    item.rejectUnknownKeys(allowed: ["topic", "need", "example"], log: &log)
                    guard let topic = item.string("topic", log: &log), let need = item.string("need", log: &log),
                        let example = item.string("example", log: &log)
                    else { return nil }
                    return Prerequisite(topic: topic, need: need, example: example)
                }
            }
            guidance.essentialPrerequisites = read("essential")
            guidance.helpfulPrerequisites = read("helpful")
        }
        guidance.pathSelector = root.mappings("path-selector", itemName: "path-selector entry", log: &log).compactMap {
            item in
            item.rejectUnknownKeys(allowed: ["profile", "path"], log: &log)
            guard let profile = item.string("profile", log: &log), let path = item.id("path", log: &log) else {
                return nil
            }
            index.reference(path: path, at: item.location(of: item.mapping["path"]!))
            return PathRecommendation(profile: profile, pathID: path)
        }
        guidance.studyTips = root.mappings("study-tips", itemName: "study tip", log: &log).compactMap { item in
            item.rejectUnknownKeys(allowed: ["name", "practice", "reason"], log: &log)
            guard let name = item.string("name", log: &log), let practice = item.string("practice", log: &log),
                let reason = item.string("reason", log: &log)
            else { return nil }
            return StudyTip(name: name, practice: practice, reason: reason)
        }
        guidance.portfolioHabits = root.strings("portfolio-habits", log: &log)
        guidance.pitfalls = root.mappings("pitfalls", itemName: "pitfall", log: &log).compactMap { item in
            item.rejectUnknownKeys(allowed: ["mistake", "instead"], log: &log)
            guard let mistake = item.string("mistake", log: &log), let instead = item.string("instead", log: &log)
            else { return nil }
            return Pitfall(mistake: mistake, instead: instead)
        }
        guidance.quickStart = root.strings("quick-start", log: &log)
        guidance.readingOrders = root.mappings("reading-orders", itemName: "reading order", log: &log).compactMap {
            item in
            item.rejectUnknownKeys(allowed: ["id", "title", "best-for", "time", "steps"], log: &log)
            guard let id = item.id(log: &log), let title = item.string("title", log: &log),
                let bestFor = item.string("best-for", log: &log), let time = item.string("time", log: &log)
            else { return nil }
            return ReadingOrder(
                id: id, title: title, bestFor: bestFor, timeInvestment: time,
                steps: item.strings("steps", required: true, log: &log))
        }
        return guidance
    }

    // MARK: - Lessons

    private static let lessonKeys = ["id", "title", "minutes", "summary", "tags", "prerequisites"]

    private func loadLessons(lint: Bool, index: inout ReferenceIndex, log: inout Diagnostics) -> [String: Lesson] {
        var lessons: [String: Lesson] = [:]
        for file in listFiles(in: "lessons", log: &log) where file.hasSuffix(".md") {
            let reader = YAMLReader(file: source.displayName(of: file))
            let text: String
            do {
                // Front matter only, unless linting needs the body too.
                text = try lint ? source.text(of: file) : source.leadingText(of: file, count: Self.frontMatterWindow)
            } catch {
                log.report(Self.fileProblem(error), at: reader.location(line: 1, column: 1))
                continue
            }
            var document = LessonDocument(text: text)
            if document.frontMatter == nil, !lint, let whole = try? source.text(of: file) {
                // No front matter in the window: it may be longer (rare), so read the whole file.
                document = LessonDocument(text: whole)
            }
            guard let frontMatter = document.frontMatter else {
                log.report(
                    "a lesson starts with YAML front matter between two '---' lines",
                    at: reader.location(line: 1, column: 1))
                continue
            }
            guard let node = reader.parse(String(frontMatter), lineOffset: 1, into: &log),
                let meta = MappingReader(node, what: "lesson front matter", reader: reader, lineOffset: 1, log: &log)
            else { continue }
            meta.rejectUnknownKeys(allowed: Self.lessonKeys, log: &log)
            let expectedID = String(file.dropFirst("lessons/".count).dropLast(".md".count))
            guard let id = meta.id(log: &log) else { continue }
            if id != expectedID {
                log.report(
                    "lesson id '\(id)' does not match its file name '\(expectedID).md'",
                    at: meta.location(of: meta.mapping["id"]!))
            }
            let minutes = meta.int("minutes", log: &log)
            if let minutes, minutes < 1 || minutes > 600 {
                log.report(
                    "'minutes' should be between 1 and 600, not \(minutes)",
                    at: meta.location(of: meta.mapping["minutes"]!))
            }
            let title = meta.string("title", log: &log)
            let summary = meta.string("summary", log: &log)
            let tags = meta.strings("tags", log: &log)
            let prerequisites = meta.strings("prerequisites", log: &log)
            for prerequisite in prerequisites {
                index.reference(
                    lesson: prerequisite, at: meta.location(of: meta.mapping["prerequisites"]!), countsAsLink: false)
            }
            index.define(id, kind: "lesson", at: meta.location, log: &log)
            if lint {
                log.append(
                    contentsOf: LessonLint(
                        file: reader.file, body: String(document.body), firstLine: document.bodyFirstLine
                    )
                    .problems)
            }
            guard let title, let summary, let minutes else { continue }
            lessons[id] = Lesson(
                id: id, title: title, minutes: minutes, summary: summary, tags: tags,
                prerequisites: prerequisites, file: file)
        }
        return lessons
    }
}
