/// Read and write quorums over N replicas: when R + W > N every read set shares a
/// replica with every write set, so some replica a read asks holds the latest write.
public enum Quorum {
    static let replicas = Field("replicas", "Replicas N", .wholeNumber, minimum: 1, maximum: 1_000)
    static let read = Field("read", "Read quorum R", .wholeNumber, minimum: 1, maximum: 1_000)
    static let write = Field("write", "Write quorum W", .wholeNumber, minimum: 1, maximum: 1_000)

    public static let calculator = Calculator(
        id: "quorum", title: "Quorums", lessonID: "case-dynamo",
        summary: "N, R, W: whether every read overlaps the latest write, and how many failures each survives.",
        fields: [replicas, read, write],
        example: [("replicas", "3"), ("read", "2"), ("write", "2")], compute: compute)

    static func compute(_ inputs: Inputs) throws(CalculatorError) -> CalculatorResult {
        let n = Int(try inputs.require(replicas))
        let r = Int(try inputs.require(read))
        let w = Int(try inputs.require(write))
        for (field, value) in [(read, r), (write, w)] where value > n {
            throw CalculatorError(field: field.name, "\(value) is more than the \(n) replicas")
        }
        let overlapping = r + w > n
        let writesOverlap = 2 * w > n
        let outputs = [
            Output("overlapping", "Reads overlap the latest write", .flag(overlapping)),
            Output("readFailuresTolerated", "Replica failures reads survive", Double(n - r), .wholeNumber),
            Output("writeFailuresTolerated", "Replica failures writes survive", Double(n - w), .wholeNumber),
            Output("writesOverlap", "Writes overlap each other", .flag(writesOverlap), isDetail: true),
        ]
        let formula = [
            "R + W > N: \(r) + \(w) = \(r + w) \(overlapping ? ">" : "≤") \(n)",
            "reads survive N − R = \(n) − \(r) = \(n - r) failures; writes N − W = \(n) − \(w) = \(n - w)",
            "W > N / 2: \(w) \(writesOverlap ? ">" : "≤") \(NumberText.significant(Double(n) / 2))",
        ]
        let overlap =
            overlapping
            ? "every read of \(r) shares a replica with every write of \(w), so some replica a read asks holds the "
                + "latest acknowledged write"
            : "a read of \(r) and a write of \(w) can land on different replicas, so a read can miss the latest write"
        let reading =
            "With \(n) replicas, \(overlap). Reads still work with \(n - r) of them down, writes with \(n - w)."
        var warnings: [String] = []
        if overlapping {
            warnings.append(
                "The overlap holds only while reads and writes use the same N replicas: a sloppy quorum writes to "
                    + "stand-in nodes during failures, and then a read can miss the write.")
        } else {
            warnings.append("R + W ≤ N: reads can return stale data, so the store is only eventually consistent.")
        }
        if !writesOverlap {
            warnings.append(
                "W ≤ N / 2: two writes can each reach a quorum without sharing a replica, so concurrent writes can "
                    + "conflict and must be reconciled.")
        }
        return CalculatorResult(outputs: outputs, formula: formula, reading: reading, warnings: warnings)
    }
}
