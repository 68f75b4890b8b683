import Foundation
import Yams

/// `paths/<id>.yaml`: a path's header, its weekly phases and their lesson
/// references, with the weeks checked against the path's duration.
extension CurriculumLoader {
    func loadPath(id: String, index: inout ReferenceIndex, log: inout Diagnostics) -> LearningPath? {
        let file = "paths/\(id).yaml"
        guard let (node, reader) = yaml(file, log: &log),
            let path = MappingReader(
                node, shape: CurriculumFormat.path, what: "path '\(id)'", reader: reader, log: &log)
        else {
            index.isIncomplete = true
            return nil
        }
        if let declared = path.id(log: &log), declared != id {
            log.report(
                "id '\(declared)' does not match the file name; the file for path '\(declared)' is paths/\(declared).yaml",
                at: path.location(ofKey: "id"))
        }
        let title = path.string("title", log: &log) ?? id
        renamedFrom(path, id: id, kind: "path", index: &index, log: &log)
        let audience = path.string("audience", log: &log) ?? ""
        let summary = path.string("summary", log: &log) ?? ""
        let duration = path.range("duration-weeks", log: &log)
        let hours = path.range("hours-per-week", log: &log)
        let focusOrder = path.strings("focus-order", log: &log)
        let phases = path.mappings("phases", itemName: "phase", log: &log).map { reader in
            loadPhase(reader, index: &index, log: &log)
        }
        checkWeeks(phases, duration: duration, log: &log)
        for phase in phases {
            if let phaseID = phase.id { index.define(phaseID, kind: "phase", scope: id, at: phase.location, log: &log) }
        }

        let criteria = path.mappings("success-criteria", itemName: "success criterion", log: &log)
            .compactMap { reader -> SuccessCriterion? in
                let criterionID = reader.id(log: &log)
                let text = reader.string("text", log: &log)
                if let criterionID {
                    index.define(criterionID, kind: "success criterion", at: reader.location, log: &log)
                }
                renamedFrom(reader, id: criterionID, kind: "success criterion", index: &index, log: &log)
                guard let criterionID, let text else { return nil }
                return SuccessCriterion(id: criterionID, text: text)
            }
        return LearningPath(
            id: id, title: title, audience: audience, summary: summary,
            durationWeeks: duration ?? WeekRange(1, 1), hoursPerWeek: hours ?? WeekRange(1, 1),
            focusOrder: focusOrder, phases: phases.compactMap(\.phase), successCriteria: criteria)
    }

    /// What was read of a phase: enough to check its weeks even when another of
    /// its fields is broken, so one mistake does not hide an overlap.
    private struct PhaseReading {
        var phase: Phase?
        var id: String?
        var weeks: WeekRange?
        var location: SourceLocation
        var name: String
    }

    private func loadPhase(_ phase: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> PhaseReading
    {
        let id = phase.id(log: &log)
        let weeks = phase.range("weeks", log: &log)
        let focus = phase.string("focus", log: &log)
        let summary = phase.string("summary", log: &log) ?? ""
        let activities = phase.mappings("activities", itemName: "activity", log: &log).compactMap {
            activity -> Activity? in
            let text = activity.string("text", log: &log)
            let lessons = lessonReferences(activity, index: &index, log: &log)
            return text.map { Activity(text: $0, lessonIDs: lessons) }
        }
        let deliverables = phase.mappings("deliverables", itemName: "deliverable", log: &log)
            .compactMap { deliverable -> Deliverable? in
                let deliverableID = deliverable.id(log: &log)
                let title = deliverable.string("title", log: &log)
                let description = deliverable.string("description", log: &log) ?? ""
                let lessons = lessonReferences(deliverable, index: &index, log: &log)
                if let deliverableID {
                    index.define(deliverableID, kind: "deliverable", at: deliverable.location, log: &log)
                }
                renamedFrom(deliverable, id: deliverableID, kind: "deliverable", index: &index, log: &log)
                let steps = deliverable.mappings("steps", itemName: "step", log: &log).compactMap { step in
                    let stepID = step.id(log: &log)
                    renamedFrom(step, id: stepID, kind: "step", index: &index, log: &log)
                    guard let stepID, let text = step.string("text", log: &log) else {
                        return nil as DeliverableStep?
                    }
                    index.define(stepID, kind: "step", at: step.location, log: &log)
                    return DeliverableStep(id: stepID, text: text)
                }
                guard let deliverableID, let title else { return nil }
                return Deliverable(
                    id: deliverableID, title: title, description: description, lessonIDs: lessons, steps: steps)
            }
        var reading = PhaseReading(
            phase: nil, id: id, weeks: weeks, location: phase.location, name: id.map { "phase '\($0)'" } ?? phase.what)
        if let id, let weeks, let focus {
            reading.phase = Phase(
                id: id, weeks: weeks, focus: focus, summary: summary, activities: activities,
                deliverables: deliverables)
        }
        return reading
    }

    /// `lessons: [...]` of an activity, deliverable or step: required and non-empty,
    /// every id recorded for the cross-reference check.
    func lessonReferences(_ owner: MappingReader, index: inout ReferenceIndex, log: inout Diagnostics)
        -> [String]
    {
        let items = owner.sequence(
            "lessons", emptyMessage: "\(owner.what) links no lessons; add 'lessons: [lesson-id, ...]'", log: &log)
        return items.compactMap { item in
            guard let id = item.scalar?.string, Identifier.isValid(id) else {
                log.report(Self.notAnID(item, in: "lessons", kind: "lesson"), at: owner.location(of: item))
                return nil
            }
            index.reference(lesson: id, at: owner.location(of: item))
            return id
        }
    }

    /// Phases must sit inside the path's longest duration, in order, without
    /// overlap. A phase whose weeks could not be read is skipped, not its neighbours.
    private func checkWeeks(_ phases: [PhaseReading], duration: WeekRange?, log: inout Diagnostics) {
        let timed = phases.compactMap { phase in phase.weeks.map { (weeks: $0, phase: phase) } }
        for (offset, (weeks, phase)) in timed.enumerated() {
            if let duration, weeks.last > duration.last {
                log.report(
                    "\(phase.name) runs to week \(weeks.last), past the path's \(duration.last) weeks; "
                        + "end it by week \(duration.last) or lengthen 'duration-weeks'",
                    at: phase.location)
            }
            guard offset > 0 else { continue }
            let (previousWeeks, previous) = timed[offset - 1]
            if weeks.overlaps(previousWeeks) {
                log.report(
                    "weeks \(weeks) of \(phase.name) overlap weeks \(previousWeeks) of \(previous.name); "
                        + "start it after week \(previousWeeks.last)",
                    at: phase.location)
            } else if weeks.first < previousWeeks.first {
                log.report(
                    "\(phase.name) comes before \(previous.name) in time; list phases in week order",
                    at: phase.location)
            }
        }
    }
}
