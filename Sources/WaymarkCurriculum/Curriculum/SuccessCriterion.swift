/// A statement a learner rates themselves against when a path is done.
public struct SuccessCriterion: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
