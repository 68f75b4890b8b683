import WaymarkCurriculum

extension CalculatorResult {
    /// The result for the command line: inputs, results, formula, the sentence that
    /// reads it, warnings, and the latency chart when there is one. Each piece is
    /// made safe before it is styled, so the styling's own escapes survive.
    public func text(style: TextStyle, width: Int = 80) -> String {
        let labels = inputs.map(\.field.label) + outputs.map(\.label)
        let column = (labels.map(DisplayWidth.of).max() ?? 0) + 2
        let row = { (label: String, value: String) in "  " + DisplayWidth.pad(label, to: column) + value.sanitizedLine }
        var lines = [style.strong(title.sanitizedLine)]
        lines += inputs.map { row($0.field.label, $0.text) }
        lines.append("")
        for output in outputs {
            let line = row(output.label, output.value.text)
            lines.append(output.isDetail ? style.dim(line) : style.strong(line))
        }
        lines.append("")
        lines += formula.map { "  " + style.dim($0.sanitizedLine) }
        lines += ["", reading.sanitizedLine]
        lines += warnings.map { style.warning("! " + $0.sanitizedLine) }
        if let chart {
            lines += ["", style.strong("Mean response time against utilisation")]
            lines += chart.lines(width: width - 2).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
