/// The ids a course renamed, from each entity's `renamed-from:` list: old id to the
/// id that replaced it. Progress kept under an old id moves to the new one when it
/// is read. One table per namespace, as progress keeps them: deliverables, success
/// criteria and steps share one.
public struct IDRenames: Sendable, Codable, Hashable {
    /// Old path id -> new path id.
    public var paths: [String: String]
    /// Old deliverable, success criterion or step id -> its new id.
    public var items: [String: String]
    /// Old lesson id -> new lesson id.
    public var lessons: [String: String]

    public init(paths: [String: String] = [:], items: [String: String] = [:], lessons: [String: String] = [:]) {
        self.paths = paths
        self.items = items
        self.lessons = lessons
    }

    public var isEmpty: Bool { paths.isEmpty && items.isEmpty && lessons.isEmpty }
}
