import WaymarkCurriculum

extension Calculator {
    /// What this calculator needs: its fields with the units they take and their
    /// defaults, and an example, for `waymark calc NAME` with no fields.
    public func fieldsText(style: TextStyle) -> String {
        let nameColumn = (fields.map { DisplayWidth.of($0.name) }.max() ?? 0) + 4
        let labelColumn = (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        var lines = [style.strong(title) + style.dim("  lesson: \(lessonID)"), summary, ""]
        for field in fields {
            let list = field.isList ? ", several separated by commas" : ""
            let fallback = field.defaultText.map { style.dim(" (default \($0))") } ?? ""
            lines.append(
                "  " + DisplayWidth.pad("--" + field.name, to: nameColumn)
                    + DisplayWidth.pad(field.label, to: labelColumn)
                    + field.kind.example + list + fallback)
        }
        let flags = example.map { "--\($0.field) \($0.text)" }.joined(separator: " ")
        lines += ["", "Example: waymark calc \(id) \(flags)"]
        return lines.joined(separator: "\n")
    }

    /// Every calculator, one line each, for a bare `waymark calc`.
    public static func listText(style: TextStyle) -> String {
        let column = (all.map { DisplayWidth.of($0.id) }.max() ?? 0) + 2
        var lines = [style.strong("Calculators")]
        for calculator in all {
            lines.append("  " + style.strong(DisplayWidth.pad(calculator.id, to: column)) + calculator.summary)
        }
        lines += ["", "See what one needs: waymark calc NAME   ·   Then: waymark calc NAME --FIELD VALUE … [--json]"]
        return lines.joined(separator: "\n")
    }
}
