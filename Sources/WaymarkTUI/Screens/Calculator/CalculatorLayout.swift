import WaymarkCore

/// Where the parts of a calculator go in a region: the title, the summary, the
/// fields, and the result below them. A short window drops the summary first, then
/// shows the fields around the one in focus, so what is typed is always in view.
struct CalculatorLayout: Equatable {
    var summary: [String]
    /// Rows from the region's top.
    var fieldsTop: Int
    /// The fields shown, by index.
    var fields: Range<Int>
    var resultTop: Int
    /// Rows for the result; none in the smallest windows.
    var resultHeight: Int

    /// Rows of result that make the screen worth its summary line.
    static let comfortableResult = 6
    /// Rows of result kept in any window, before fields: enough to see an error begin.
    static let leastResult = 3

    init(_ calculator: Calculator, focus: Int, width: Int, height: Int) {
        let count = calculator.fields.count
        summary = TextWrapper.wrap(calculator.summary, width: width - 4, limit: 2)
        if 1 + summary.count + 1 + count + 1 + Self.comfortableResult > height { summary = [] }
        fieldsTop = summary.isEmpty ? 1 : summary.count + 2
        let rows = max(1, min(count, height - fieldsTop - 1 - Self.leastResult))
        let first = min(max(0, focus - rows + 1), max(0, count - rows))
        fields = first..<min(count, first + rows)
        resultTop = fieldsTop + rows + 1
        resultHeight = max(0, height - resultTop)
    }

    /// Rows of result shown out of `total`: all of them, or one fewer to say there is more.
    func visibleRows(total: Int) -> Int {
        total > resultHeight ? max(0, resultHeight - 1) : resultHeight
    }
}
