import WaymarkCurriculum

/// What writing a portfolio folder did, file by file, and how to say it.
public struct PortfolioOutcome: Sendable, Equatable {
    /// Files that now hold what Waymark would write, whether or not they changed.
    public var current: [String] = []
    /// The files among `current` whose bytes changed this time.
    public var changed: [String] = []
    /// Waymark's files the learner edited: left as they are.
    public var editedByHand: [String] = []
    /// Names Waymark wanted that a file of the learner's already has: not touched.
    public var learnersFiles: [String] = []
    /// Waymark's files it no longer writes (a deliverable gone from the path), removed.
    public var removed: [String] = []
    /// Waymark's files it no longer writes that were edited by hand: kept, and now the learner's.
    public var released: [String] = []

    public init() {}

    /// One sentence per file left alone, saying why and what to do.
    public var notices: [String] {
        editedByHand.map { "\($0) was edited by hand; left as it is. Delete it to have Waymark write it again." }
            + learnersFiles.map {
                "\($0) is not Waymark's; left as it is. Move it away to have Waymark write its own."
            }
            + released.map { "\($0) was edited by hand and Waymark no longer writes it; it is yours now." }
    }

    /// "Wrote 14 files to DIR; 1 left as edited by hand."
    public func summary(directory: String) -> String {
        var line = "Wrote \(Self.files(current.count)) to \(directory.sanitizedLine)"
        if changed.count != current.count {
            line += changed.isEmpty ? " (none changed)" : " (\(changed.count) changed)"
        }
        var clauses: [String] = []
        if !editedByHand.isEmpty { clauses.append("\(editedByHand.count) left as edited by hand") }
        if !learnersFiles.isEmpty { clauses.append("\(Self.files(learnersFiles.count)) of yours left as they are") }
        if !removed.isEmpty { clauses.append("\(removed.count) no longer needed removed") }
        if !released.isEmpty { clauses.append("\(released.count) no longer written kept as yours") }
        return line + clauses.map { "; " + $0 }.joined() + "."
    }

    private static func files(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }
}
