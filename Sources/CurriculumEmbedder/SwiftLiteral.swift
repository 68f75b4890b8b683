import WaymarkCurriculum

/// A value written as Swift source that rebuilds it. The embedder writes the
/// parsed curriculum this way, so the binary holds the model itself and starts
/// without parsing YAML.
protocol SwiftLiteral {
    var swiftLiteral: String { get }
}

/// `Type(label: value, ...)`; an empty label gives an unlabelled argument.
func call(_ type: String, _ arguments: KeyValuePairs<String, any SwiftLiteral>) -> String {
    let list = arguments.map { label, value in label.isEmpty ? value.swiftLiteral : "\(label): \(value.swiftLiteral)" }
    return "\(type)(\(list.joined(separator: ", ")))"
}

extension String: SwiftLiteral {
    /// Everything outside printable ASCII is escaped, so the literal holds exactly
    /// these scalars whatever the compiler makes of quotes, newlines or combining marks.
    var swiftLiteral: String {
        var out = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "\""
    }
}

extension Int: SwiftLiteral {
    var swiftLiteral: String { String(self) }
}

extension Array: SwiftLiteral where Element: SwiftLiteral {
    var swiftLiteral: String { "[" + map(\.swiftLiteral).joined(separator: ", ") + "]" }
}

extension Dictionary: SwiftLiteral where Key == String, Value: SwiftLiteral {
    /// Sorted by key, so the generated file only changes when the curriculum does.
    var swiftLiteral: String {
        guard !isEmpty else { return "[:]" }
        let entries = sorted { $0.key < $1.key }.map { "\($0.key.swiftLiteral): \($0.value.swiftLiteral)" }
        return "[\n" + entries.map { "    " + $0 + ",\n" }.joined() + "]"
    }
}

extension WeekRange: SwiftLiteral {
    var swiftLiteral: String { call("WeekRange", ["": first, "": last]) }
}

extension LearningPath: SwiftLiteral {
    var swiftLiteral: String {
        call(
            "LearningPath",
            [
                "id": id, "title": title, "audience": audience, "summary": summary,
                "durationWeeks": durationWeeks, "hoursPerWeek": hoursPerWeek, "focusOrder": focusOrder,
                "phases": phases, "successCriteria": successCriteria,
            ])
    }
}

extension Phase: SwiftLiteral {
    var swiftLiteral: String {
        call(
            "Phase",
            [
                "id": id, "weeks": weeks, "focus": focus, "summary": summary, "activities": activities,
                "deliverables": deliverables,
            ])
    }
}

extension Activity: SwiftLiteral {
    var swiftLiteral: String { call("Activity", ["text": text, "lessonIDs": lessonIDs]) }
}

extension Deliverable: SwiftLiteral {
    var swiftLiteral: String {
        call("Deliverable", ["id": id, "title": title, "description": description, "lessonIDs": lessonIDs])
    }
}

extension SuccessCriterion: SwiftLiteral {
    var swiftLiteral: String { call("SuccessCriterion", ["id": id, "text": text]) }
}

extension Bootcamp: SwiftLiteral {
    var swiftLiteral: String {
        call(
            "Bootcamp",
            [
                "id": id, "title": title, "summary": summary, "steps": steps, "rationale": rationale,
                "nextSteps": nextSteps,
            ])
    }
}

extension BootcampStep: SwiftLiteral {
    var swiftLiteral: String {
        call("BootcampStep", ["id": id, "title": title, "text": text, "lessonIDs": lessonIDs])
    }
}

extension Lesson: SwiftLiteral {
    var swiftLiteral: String {
        call(
            "Lesson",
            [
                "id": id, "title": title, "minutes": minutes, "summary": summary, "tags": tags,
                "prerequisites": prerequisites, "file": file,
            ])
    }
}

extension Prerequisite: SwiftLiteral {
    var swiftLiteral: String { call("Prerequisite", ["topic": topic, "need": need, "example": example]) }
}

extension PathRecommendation: SwiftLiteral {
    var swiftLiteral: String { call("PathRecommendation", ["profile": profile, "pathID": pathID]) }
}

extension StudyTip: SwiftLiteral {
    var swiftLiteral: String { call("StudyTip", ["name": name, "practice": practice, "reason": reason]) }
}

extension Pitfall: SwiftLiteral {
    var swiftLiteral: String { call("Pitfall", ["mistake": mistake, "instead": instead]) }
}

extension ReadingOrder: SwiftLiteral {
    var swiftLiteral: String {
        call(
            "ReadingOrder",
            ["id": id, "title": title, "bestFor": bestFor, "timeInvestment": timeInvestment, "steps": steps])
    }
}
