/// The Guide as text for the terminal, whole or one topic at a time.
extension GuideReport {
    /// The parts `waymark guide TOPIC` can print, in the order the whole guide has them.
    public enum Topic: String, Sendable, CaseIterable {
        case prerequisites
        case quickStart = "quick-start"
        case tips, habits, pitfalls, orders, navigation
    }

    public func text(topic: Topic? = nil, style: TextStyle) -> String {
        let topics = topic.map { [$0] } ?? Topic.allCases
        return topics.map { section($0, style: style) }.joined(separator: "\n\n")
    }

    private func mark(_ done: Bool, _ style: TextStyle) -> String { done ? style.good("✓") : " " }

    private func section(_ topic: Topic, style: TextStyle) -> String {
        var lines: [String] = []
        switch topic {
        case .prerequisites:
            lines.append(style.strong("Prerequisites"))
            for (name, list) in [("Essential", prerequisites.essential), ("Helpful (optional)", prerequisites.helpful)]
            where !list.isEmpty {
                lines.append(name + ":")
                for item in list {
                    let answer = item.answer.map { $0 == .have ? style.good("have") : style.warning("not yet") }
                    lines.append("  \(item.topic): \(item.need) (\(item.example))  " + (answer ?? style.dim("?")))
                    if item.answer == .notYet, let remedy = item.remedy { lines.append("    → " + remedy) }
                }
            }
        case .quickStart:
            lines.append(style.strong("Quick start"))
            lines += quickStart.map { "  [\(mark($0.done, style))] \($0.text)" }
        case .tips:
            lines.append(style.strong("Study tips"))
            lines += studyTips.map { "  \($0.name): \($0.practice). " + style.dim($0.reason + ".") }
        case .habits:
            lines.append(style.strong("Portfolio habits"))
            lines += portfolioHabits.map { "  - " + $0 }
        case .pitfalls:
            lines.append(style.strong("Pitfalls"))
            lines += pitfalls.map { "  \($0.mistake) → \($0.instead)" }
        case .orders:
            lines.append(style.strong("Reading orders") + style.dim("  (waymark order ID)"))
            for order in readingOrders {
                lines.append("  \(order.title)  " + style.dim("\(order.id) · \(order.time) · \(order.bestFor)"))
            }
        case .navigation:
            lines.append(style.strong("If you need … go to …"))
            lines += quickNavigation.map { "  \($0.need) → \($0.target)  " + style.dim($0.command) }
        }
        return lines.joined(separator: "\n")
    }
}
