import Yams

/// Reading orders' steps: a sentence, a lone lesson id, or a mapping that links
/// lessons and pattern cards. Every link is checked once everything is read.
extension CurriculumLoader {
    /// A step that is a lone id names a lesson, which must exist (`steps: [jions]`
    /// is a typo, not a sentence); a mapping's links are checked the same way.
    func readingSteps(_ order: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> [ReadingStep]
    {
        order.sequence("steps", itemName: "step", log: &log).enumerated().compactMap { offset, item in
            if item.mapping != nil {
                return linkedStep(item, number: offset + 1, of: order, index: &index, log: &log)
            }
            guard let text = item.scalar?.string.trimmed, !text.isEmpty else {
                log.report(
                    "each step of \(order.what) should be non-empty text or a mapping with 'text:'",
                    at: order.location(of: item))
                return nil
            }
            if Identifier.isValid(text) {
                index.reference(lesson: text, at: order.location(of: item), countsAsLink: false)
                return ReadingStep(text: text, lessonIDs: [text])
            }
            return ReadingStep(text: text.sanitizedForDisplay)
        }
    }

    private func linkedStep(
        _ item: Node, number: Int, of order: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics
    ) -> ReadingStep? {
        guard
            let step = MappingReader(
                item, shape: CurriculumFormat.readingStep, what: "step \(number) of \(order.what)",
                reader: order.reader, lineOffset: order.lineOffset, log: &log)
        else { return nil }
        let text = step.string("text", log: &log)
        let lessons = linkedIDs("lessons", kind: "lesson", of: step, log: &log)
        let patterns = linkedIDs("patterns", kind: "pattern", of: step, log: &log)
        // Reading orders are a second way through lessons a path already links,
        // so they do not count as the link that keeps a lesson from being unlinked.
        for (id, location) in lessons { index.reference(lesson: id, at: location, countsAsLink: false) }
        for (id, location) in patterns { index.reference(pattern: id, at: location) }
        guard let text else { return nil }
        return ReadingStep(text: text, lessonIDs: lessons.map(\.id), patternIDs: patterns.map(\.id))
    }

    /// The ids under `key`, each once; a repeat is reported where it stands.
    private func linkedIDs(_ key: String, kind: String, of step: MappingReader, log: inout Diagnostics)
        -> [(id: String, location: SourceLocation)]
    {
        var seen = Set<String>()
        return step.sequence(key, itemName: kind, log: &log).compactMap { item in
            guard let id = item.scalar?.string, Identifier.isValid(id) else {
                log.report(Self.notAnID(item, in: key, kind: kind), at: step.location(of: item))
                return nil
            }
            guard seen.insert(id).inserted else {
                log.report("\(kind) '\(id)' is listed twice in '\(key)' of \(step.what)", at: step.location(of: item))
                return nil
            }
            return (id, step.location(of: item))
        }
    }
}
