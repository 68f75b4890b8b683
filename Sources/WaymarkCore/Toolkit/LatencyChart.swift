import WaymarkCurriculum

/// Mean response time against utilisation for one queue, from 10% to 99% busy, with
/// the learner's own utilisation among the points. Data first, so the view can draw
/// it its own way; `lines(width:)` draws it as text bars for the command line.
public struct LatencyChart: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var utilization: Double
        public var responseSeconds: Double
        /// The utilisation the learner's inputs give.
        public var isCurrent: Bool
    }

    public var points: [Point]

    /// Where the curve is drawn: evenly to 90%, then closer together where it turns up.
    public static let utilizations = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]

    /// The curve of `response` (seconds at a utilisation), marking `current`.
    init(current: Double, response: (Double) -> Double) {
        var points = Self.utilizations.map { Point(utilization: $0, responseSeconds: response($0), isCurrent: false) }
        if let same = points.firstIndex(where: { abs($0.utilization - current) < 1e-9 }) {
            points[same].isCurrent = true
        } else {
            let point = Point(utilization: current, responseSeconds: response(current), isCurrent: true)
            points.insert(point, at: points.firstIndex { $0.utilization > current } ?? points.endIndex)
        }
        self.points = points
    }

    /// One row per point, `width` columns at most: "80% │█████▌    50 ms ◀ you".
    public func lines(width: Int) -> [String] {
        let labels = points.map { NumberText.significant($0.utilization * 100, digits: 3) + "%" }
        let values = points.map { UnitKind.duration.format($0.responseSeconds) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let valueWidth = values.map(DisplayWidth.of).max() ?? 0
        let marker = " ◀ you"
        let barWidth = max(4, width - labelWidth - valueWidth - DisplayWidth.of(marker) - 3)
        let longest = points.map(\.responseSeconds).max() ?? 1
        return points.indices.map { index in
            let point = points[index]
            let bar = Self.bar(point.responseSeconds / longest * Double(barWidth), width: barWidth)
            let label = String(repeating: " ", count: labelWidth - DisplayWidth.of(labels[index])) + labels[index]
            return "\(label) │\(bar) \(values[index])\(point.isCurrent ? marker : "")"
        }
    }

    /// `cells` character cells of bar, in eighths, padded to `width`.
    private static func bar(_ cells: Double, width: Int) -> String {
        let eighths = max(1, Int((cells * 8).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let text = String(repeating: "█", count: eighths / 8) + partial
        return DisplayWidth.pad(text, to: width)
    }
}
