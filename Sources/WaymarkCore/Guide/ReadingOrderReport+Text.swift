/// A reading order as text: each step with ✓ when read, its lessons beneath.
extension ReadingOrderReport {
    public func text(style: TextStyle) -> String {
        var lines = [style.strong(title), style.dim("\(bestFor) · \(time)"), ""]
        for (number, step) in steps.enumerated() {
            lines.append("\(step.read ? style.good("✓") : " ") \(number + 1). \(step.text)")
            for lesson in step.lessons {
                lines.append("     \(lesson.read ? style.good("✓") : "·") \(lesson.title)  " + style.dim(lesson.id))
            }
            if !step.patterns.isEmpty {
                lines.append("     " + style.dim("patterns: " + step.patterns.joined(separator: ", ")))
            }
        }
        return lines.joined(separator: "\n")
    }
}
