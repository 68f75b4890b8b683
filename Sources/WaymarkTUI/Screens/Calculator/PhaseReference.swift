import WaymarkCurriculum

/// A phase named by its path and place, kept by the calculators opened from it so
/// that a result attaches to that phase's deliverable.
public struct PhaseReference: Sendable, Equatable {
    public let pathID: String
    public let phaseIndex: Int

    public init(pathID: String, phaseIndex: Int) {
        self.pathID = pathID
        self.phaseIndex = phaseIndex
    }

    func phase(_ app: AppContext) -> Phase? {
        guard let path = app.path(pathID), path.phases.indices.contains(phaseIndex) else { return nil }
        return path.phases[phaseIndex]
    }
}
