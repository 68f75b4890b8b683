/// The source's "if you need … go to …" table. Each row names a place that
/// exists in Waymark; the interactive view opens it, the command line names the
/// command that shows it.
public struct QuickNavigation: Sendable, Equatable, Encodable {
    /// Where a row leads.
    public enum Destination: Sendable, Equatable {
        case patternCatalog
        case lesson(String)
        case patternSelector, calculators, caseStudies
    }

    public var need: String
    public var target: String
    public var destination: Destination
    /// The command that shows the same thing from the shell.
    public var command: String

    private enum CodingKeys: String, CodingKey { case need, target }

    /// The first lesson of the laws: Law 1, correlated failure.
    public static let firstLawLesson = "law-correlated-failure"

    public static let rows: [QuickNavigation] = [
        QuickNavigation(
            need: "Solve a problem now", target: "Pattern catalog", destination: .patternCatalog,
            command: "waymark patterns"),
        QuickNavigation(
            need: "Understand deeply", target: "Law 1: Correlated failure", destination: .lesson(firstLawLesson),
            command: "waymark read \(firstLawLesson)"),
        QuickNavigation(
            need: "Design a system", target: "Pattern selector", destination: .patternSelector,
            command: "waymark select"),
        QuickNavigation(
            need: "Plan capacity", target: "Calculators", destination: .calculators, command: "waymark calc --help"),
        QuickNavigation(
            need: "Learn from failures", target: "Case studies", destination: .caseStudies,
            command: "waymark lessons"),
    ]
}
