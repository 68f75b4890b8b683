extension CurriculumLoader {
    /// `renamed-from: [old-id, ...]` of a path, deliverable, step, success criterion
    /// or lesson whose id is `id`: each old id recorded for `ReferenceIndex.checkRenames`.
    func renamedFrom(
        _ owner: MappingReader, id: String?, kind: String, index: inout ReferenceIndex, log: inout Diagnostics
    ) {
        guard owner.value("renamed-from") != nil else { return }
        for item in owner.sequence("renamed-from", itemName: "old id", log: &log) {
            guard let old = item.scalar?.string, Identifier.isValid(old) else {
                log.report(Self.notAnID(item, in: "renamed-from", kind: kind), at: owner.location(of: item))
                continue
            }
            if let id { index.rename(from: old, to: id, kind: kind, at: owner.location(of: item)) }
        }
    }

    /// `id:` of curriculum.yaml, or nil without one. With `warnIfMissing` (validate),
    /// a course without it hears which id its progress is kept under and how to pin it.
    func courseID(_ root: MappingReader, title: String, warnIfMissing: Bool, log: inout Diagnostics) -> String? {
        if root.value("id") != nil { return root.id(log: &log) }
        if warnIfMissing, !title.isEmpty {
            let derived = CourseID.derived(fromTitle: title)
            log.warn(
                "curriculum.yaml has no 'id', so learners' progress is kept under '\(derived)', derived from the "
                    + "title; add 'id: \(derived)' so that a new title keeps their progress",
                at: root.location(ofKey: "title"))
        }
        return nil
    }
}
