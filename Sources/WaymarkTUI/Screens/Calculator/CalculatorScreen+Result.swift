import WaymarkCore
import WaymarkCurriculum

extension CalculatorScreen {
    /// The result as lines `width` columns wide: outputs, the formula, the reading,
    /// warnings and the chart; or, when there is no result, the error naming the
    /// field to fix. Never a NaN or an infinity: the model throws rather than give one.
    func resultLines(width: Int) -> [StyledLine] {
        switch outcome {
        case .success(let result): return Self.lines(of: result, width: width)
        case .failure(let error): return errorLines(error, width: width)
        }
    }

    private func errorLines(_ error: CalculatorError, width: Int) -> [StyledLine] {
        let label = error.field.map { name in calculator.field(named: name)?.label ?? name }
        let text = label.map { "\($0): \(error.message)" } ?? error.message
        return Self.wrap(text, width: width, style: .warning, first: "✗ ")
            + [[], [Span("The result comes back as soon as the fields make sense.", .muted)]]
    }

    private static func lines(of result: CalculatorResult, width: Int) -> [StyledLine] {
        let column = (result.outputs.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        var outputs: [StyledLine] = [[Span("Result", .heading)]]
        for output in result.outputs {
            outputs.append([
                Span(DisplayWidth.pad(output.label, to: column), output.isDetail ? .muted : .plain),
                Span(output.value.text, output.isDetail ? .muted : .strong),
            ])
        }
        var lines: [StyledLine]
        var chartBelow: [StyledLine] = []
        if let chart = result.chart {
            // Wide enough, the curve stands beside the numbers, so it is seen without scrolling.
            let outputsWidth = (outputs.map(\.width).max() ?? 0) + 4
            let besideWidth = width - outputsWidth
            if besideWidth >= 50 {
                lines = Self.beside(outputs, chartLines(chart, width: besideWidth), at: outputsWidth)
            } else {
                lines = outputs
                chartBelow = [[]] + chartLines(chart, width: width)
            }
        } else {
            lines = outputs
        }
        lines.append([])
        for step in result.formula {
            lines += wrap(step, width: width, style: CellStyle(role: .code))
        }
        lines.append([])
        lines += wrap(result.reading, width: width, style: .plain)
        for warning in result.warnings {
            lines += wrap(warning, width: width, style: .warning, first: "! ")
        }
        return lines + chartBelow
    }

    /// The latency curve with a heading; the learner's own utilisation stands out.
    private static func chartLines(_ chart: LatencyChart, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [[Span("Mean response time against utilisation", .heading)]]
        for (point, line) in zip(chart.points, chart.lines(width: width - 2)) {
            lines.append([Span("  " + line, point.isCurrent ? .accent : .plain)])
        }
        return lines
    }

    /// Two columns of lines side by side, the right one starting at `column`.
    private static func beside(_ left: [StyledLine], _ right: [StyledLine], at column: Int) -> [StyledLine] {
        (0..<max(left.count, right.count)).map { row in
            let first = row < left.count ? left[row] : []
            let second = row < right.count ? right[row] : []
            return first + [Span(String(repeating: " ", count: max(0, column - first.width)))] + second
        }
    }

    /// `text` wrapped to `width`, `first` before its first line and its other lines
    /// indented to match.
    private static func wrap(_ text: String, width: Int, style: CellStyle, first: String = "") -> [StyledLine] {
        let indent = String(repeating: " ", count: DisplayWidth.of(first))
        return TextWrapper.wrap(text.sanitizedLine, width: width - indent.count).enumerated().map { index, line in
            [Span((index == 0 ? first : indent) + line, style)]
        }
    }
}
