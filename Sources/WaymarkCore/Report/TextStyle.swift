import WaymarkCurriculum

/// How plain-text reports emphasise words. The command line passes ANSI styling
/// on a colour terminal and `.plain` otherwise; reports never know which.
public struct TextStyle: Sendable {
    public var strong: @Sendable (String) -> String
    public var dim: @Sendable (String) -> String
    public var good: @Sendable (String) -> String
    public var warning: @Sendable (String) -> String

    public init(
        strong: @escaping @Sendable (String) -> String, dim: @escaping @Sendable (String) -> String,
        good: @escaping @Sendable (String) -> String, warning: @escaping @Sendable (String) -> String
    ) {
        self.strong = strong
        self.dim = dim
        self.good = good
        self.warning = warning
    }

    public static let plain = TextStyle(strong: { $0 }, dim: { $0 }, good: { $0 }, warning: { $0 })
}

extension DeliverableState {
    /// A checkbox that reads without colour: `[x]` done, `[~]` in progress, `[-]` skipped.
    public var checkbox: String {
        switch self {
        case .todo: return "[ ]"
        case .inProgress: return "[~]"
        case .done: return "[x]"
        case .skipped: return "[-]"
        }
    }

    public var label: String {
        switch self {
        case .todo: return "to do"
        case .inProgress: return "in progress"
        case .done: return "done"
        case .skipped: return "skipped"
        }
    }
}

extension LearningPath {
    /// "6-8 weeks · 5-10 hours a week · Laws → Patterns → Tools"
    public var shape: String {
        let hours = hoursPerWeek.first == hoursPerWeek.last ? "\(hoursPerWeek.first)" : "\(hoursPerWeek)"
        return "\(durationWeeks) weeks · \(hours) hours a week · \(focusOrder.joined(separator: " → "))"
    }

    /// Columns for a column of `weeksLabel`s: the widest, plus a space (a pack's
    /// "Weeks 11-12" must not run into the text beside it).
    public var weeksLabelColumns: Int { (phases.map { DisplayWidth.of($0.weeksLabel) }.max() ?? 0) + 1 }
}

extension Phase {
    /// "Weeks 1-2" or "Week 6".
    public var weeksLabel: String { weeks.first == weeks.last ? "Week \(weeks.first)" : "Weeks \(weeks)" }
}
