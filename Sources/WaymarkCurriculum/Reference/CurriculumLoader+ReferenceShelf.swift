import Foundation
import Yams

/// Loads the reference shelf: `patterns/*.md`, `cheatsheets/*.md`, `recipes/*.md`
/// (front matter and a Markdown body, like lessons), `glossary.yaml` and
/// `selector.yaml`. Every file is optional. Links between them are checked once
/// all are read, each problem reported where the link stands.
extension CurriculumLoader {
    /// A link from the shelf to something that must exist, checked at the end.
    private struct Link {
        enum Target { case pattern, lessonOrPattern }
        var id: String
        var target: Target
        var at: SourceLocation
    }

    static let patternSections = [
        "Problem", "How it works", "When to use", "When not to use", "Costs and trade-offs", "In the wild",
    ]

    func loadReferenceShelf(lessons: [String: Lesson], index: inout ReferenceIndex, log: inout Diagnostics)
        -> ReferenceShelf
    {
        var shelf = ReferenceShelf()
        var links: [Link] = []
        shelf.patterns = loadPatterns(links: &links, index: &index, log: &log)
        shelf.cheatSheets = loadCards(in: "cheatsheets", kind: "cheat sheet", links: &links, index: &index, log: &log)
        shelf.recipes = loadCards(in: "recipes", kind: "recipe", links: &links, index: &index, log: &log)
        shelf.glossary = loadGlossary(links: &links, log: &log)
        shelf.selector = loadSelector(links: &links, log: &log)

        // A card whose id differs from its file name was reported once already; links
        // by either name are not reported again.
        let fileNames = listFiles(in: "patterns", log: &log).map { String($0.dropFirst("patterns/".count).dropLast(3)) }
        let patternIDs = Set(shelf.patterns.map(\.id)).union(fileNames)
        let sortedPatterns = patternIDs.sorted()
        for link in links {
            let known = patternIDs.contains(link.id) || (link.target == .lessonOrPattern && lessons[link.id] != nil)
            guard !known else { continue }
            let kind = link.target == .pattern ? "pattern" : "lesson or pattern"
            let candidates = link.target == .pattern ? sortedPatterns : sortedPatterns + lessons.keys.sorted()
            log.report(
                "no \(kind) '\(link.id)'\(Suggestion.didYouMean(link.id, among: candidates))", at: link.at)
        }
        return shelf
    }

    // MARK: - Cards with front matter

    /// A Markdown file's front matter as a mapping, and its body; nil after reporting why not.
    private func frontMatter(of file: String, shape: FormatShape, what: String, log: inout Diagnostics)
        -> (MappingReader, LessonDocument)?
    {
        let reader = YAMLReader(file: source.displayName(of: file))
        let text: String
        do {
            text = try source.text(of: file)
        } catch {
            log.report(Self.fileProblem(error), at: reader.location(line: 1, column: 1))
            return nil
        }
        let document = LessonDocument(text: text)
        guard let frontMatter = document.frontMatter else {
            log.report(
                "\(what) starts with YAML front matter between two '---' lines", at: reader.location(line: 1, column: 1)
            )
            return nil
        }
        guard let node = reader.parse(String(frontMatter), lineOffset: 1, into: &log),
            let meta = MappingReader(
                node, shape: shape, what: "\(what) front matter", reader: reader, lineOffset: 1, log: &log)
        else { return nil }
        return (meta, document)
    }

    /// The id, checked against the file name.
    private func id(of meta: MappingReader, file: String, directory: String, log: inout Diagnostics) -> String? {
        guard let id = meta.id(log: &log) else { return nil }
        let expected = String(file.dropFirst(directory.count + 1).dropLast(".md".count))
        if id != expected {
            log.report(
                "id '\(id)' does not match its file name '\(expected).md'", at: meta.location(ofKey: "id"))
        }
        return id
    }

    private func ids(_ key: String, of meta: MappingReader, log: inout Diagnostics) -> [String] {
        meta.strings(key, log: &log).filter { id in
            guard Identifier.isValid(id) else {
                log.report(
                    "'\(id)' in '\(key)' is not an id: \(Identifier.syntaxHint)",
                    at: meta.location(ofKey: key))
                return false
            }
            return true
        }
    }

    private func loadPatterns(links: inout [Link], index: inout ReferenceIndex, log: inout Diagnostics) -> [Pattern] {
        var patterns: [Pattern] = []
        for file in listFiles(in: "patterns", log: &log) where file.hasSuffix(".md") {
            guard
                let (meta, document) = frontMatter(
                    of: file, shape: CurriculumFormat.pattern, what: "a pattern card", log: &log)
            else { continue }
            let id = id(of: meta, file: file, directory: "patterns", log: &log)
            let name = meta.string("name", log: &log)
            let domain = meta.string("domain", log: &log)
            if let domain, !ReferenceShelf.domains.contains(domain) {
                log.report(
                    "domain '\(domain)' is not one of \(ReferenceShelf.domains.joined(separator: ", "))\(Suggestion.didYouMean(domain, among: ReferenceShelf.domains))",
                    at: meta.location(ofKey: "domain"))
            }
            let summary = meta.string("summary", log: &log)
            let laws = ids("laws", of: meta, log: &log)
            let related = ids("related", of: meta, log: &log)
            let lessons = ids("lessons", of: meta, log: &log)
            for lesson in laws + lessons {
                index.reference(lesson: lesson, at: meta.location, countsAsLink: false)
            }
            links += related.map { Link(id: $0, target: .pattern, at: meta.location(ofKey: "related")) }
            checkSections(Self.patternSections, in: document, file: meta.reader.file, log: &log)
            guard let id, let name, let domain, let summary else { continue }
            index.define(id, kind: "pattern", at: meta.location, log: &log)
            patterns.append(
                Pattern(
                    id: id, name: name, domain: domain, summary: summary, laws: laws, related: related,
                    lessons: lessons, file: file))
        }
        return patterns
    }

    private func loadCards(
        in directory: String, kind: String, links: inout [Link], index: inout ReferenceIndex, log: inout Diagnostics
    ) -> [ReferenceCard] {
        var cards: [ReferenceCard] = []
        for file in listFiles(in: directory, log: &log) where file.hasSuffix(".md") {
            guard let (meta, _) = frontMatter(of: file, shape: CurriculumFormat.card, what: "a \(kind)", log: &log)
            else { continue }
            let id = id(of: meta, file: file, directory: directory, log: &log)
            let title = meta.string("title", log: &log)
            let summary = meta.string("summary", log: &log)
            let patterns = ids("patterns", of: meta, log: &log)
            let lessons = ids("lessons", of: meta, log: &log)
            for lesson in lessons { index.reference(lesson: lesson, at: meta.location, countsAsLink: false) }
            links += patterns.map { Link(id: $0, target: .pattern, at: meta.location(ofKey: "patterns")) }
            guard let id, let title, let summary else { continue }
            index.define(id, kind: kind, at: meta.location, log: &log)
            cards.append(
                ReferenceCard(id: id, title: title, summary: summary, patterns: patterns, lessons: lessons, file: file))
        }
        return cards
    }

    /// Reports each required `## ` section the body lacks, at the body's first line.
    private func checkSections(_ sections: [String], in document: LessonDocument, file: String, log: inout Diagnostics)
    {
        let headings = Set(
            document.body.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)).trimmed })
        let missing = sections.filter { !headings.contains($0) }
        guard !missing.isEmpty else { return }
        log.report(
            "missing section\(missing.count == 1 ? "" : "s") \(missing.map { "'## \($0)'" }.joined(separator: ", "))",
            at: SourceLocation(file: file, line: document.bodyFirstLine, column: 1))
    }

    // MARK: - glossary.yaml and selector.yaml

    /// An optional YAML file: absent is fine, anything else wrong is reported.
    private func optionalYAML(_ file: String, log: inout Diagnostics) -> (Node, YAMLReader)? {
        do {
            _ = try source.data(of: file)
        } catch CurriculumError.missingFile {
            return nil
        } catch {}
        return yaml(file, log: &log)
    }

    private func loadGlossary(links: inout [Link], log: inout Diagnostics) -> [GlossaryTerm] {
        guard let (node, reader) = optionalYAML("glossary.yaml", log: &log),
            let root = MappingReader(
                node, shape: CurriculumFormat.glossary, what: "glossary.yaml", reader: reader, log: &log)
        else { return [] }
        var seen: [String: SourceLocation] = [:]
        var terms: [GlossaryTerm] = []
        for entry in root.mappings("terms", itemName: "term", log: &log) {
            let term = entry.string("term", log: &log)
            let definition = entry.string("definition", log: &log)
            guard let term, let definition else { continue }
            if let earlier = seen[term.lowercased()] {
                log.report(
                    "the term '\(term)' is defined twice; the first is at line \(earlier.line)", at: entry.location)
                continue
            }
            seen[term.lowercased()] = entry.location
            let see = ids("see", of: entry, log: &log)
            links += see.map { Link(id: $0, target: .lessonOrPattern, at: entry.location(ofKey: "see")) }
            terms.append(GlossaryTerm(term: term, definition: definition, see: see))
        }
        return terms.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }

    private func loadSelector(links: inout [Link], log: inout Diagnostics) -> [SelectorConcern] {
        guard let (node, reader) = optionalYAML("selector.yaml", log: &log),
            let root = MappingReader(
                node, shape: CurriculumFormat.selector, what: "selector.yaml", reader: reader, log: &log)
        else { return [] }
        var ids: Set<String> = []
        return root.mappings("concerns", itemName: "concern", log: &log).compactMap { concern in
            let id = concern.id(log: &log)
            let title = concern.string("title", log: &log)
            let prompt = concern.string("prompt", log: &log) ?? ""
            let next = selectorNode(concern, depth: 1, links: &links, log: &log)
            if let id, !ids.insert(id).inserted {
                log.report("duplicate concern id '\(id)'", at: concern.location)
            }
            guard let id, let title, let next else { return nil }
            return SelectorConcern(id: id, title: title, prompt: prompt, next: next)
        }
    }

    /// The `next:` of `owner`: a question with options, or a leaf of patterns.
    private func selectorNode(_ owner: MappingReader, depth: Int, links: inout [Link], log: inout Diagnostics)
        -> SelectorNode?
    {
        // Absent is reported with the owner's other missing keys.
        guard let value = owner.value("next") else { return nil }
        // A mapping with 'patterns' ends the line of questions; any other is a question.
        let isLeaf = value.mapping?["patterns"] != nil
        guard
            let node = MappingReader(
                value, shape: isLeaf ? CurriculumFormat.selectorLeaf : CurriculumFormat.selectorQuestion,
                what: "the next step of \(owner.what)", reader: owner.reader, log: &log)
        else { return nil }
        if isLeaf {
            let picks = node.mappings("patterns", itemName: "pattern", log: &log).compactMap { pick in
                let id = pick.id(log: &log)
                let why = pick.string("why", log: &log)
                guard let id, let why else { return nil as SelectorPick? }
                links.append(Link(id: id, target: .pattern, at: pick.location(ofKey: "id")))
                return SelectorPick(id: id, why: why)
            }
            return picks.isEmpty ? nil : SelectorNode(picks: picks)
        }
        guard depth <= 6 else {
            log.report("the selector goes deeper than 6 questions here; shorten this branch", at: node.location)
            return nil
        }
        let question = node.string("question", log: &log)
        let options = node.mappings("options", itemName: "option", log: &log).compactMap { option in
            let answer = option.string("answer", log: &log)
            let next = selectorNode(option, depth: depth + 1, links: &links, log: &log)
            guard let answer, let next else { return nil as SelectorOption? }
            return SelectorOption(answer: answer, next: next)
        }
        guard let question, !options.isEmpty else { return nil }
        return SelectorNode(question: question, options: options)
    }
}
