/// Brings a progress file written by an older Waymark up to the current schema.
/// Each step takes the JSON of version N to version N+1, so any old file walks the
/// chain. The store keeps the original file beside the migrated one.
enum ProgressMigration {
    /// The step from version `key` to `key + 1`.
    static let steps: [Int: @Sendable (inout [String: JSONValue]) -> Void] = [
        // 2 counts saves in `revision`; a version-1 file has made none that counted.
        1: { object in object["revision"] = .integer(0) },
        // 3 only adds collections, which an older file lacks and reads as empty.
        2: { _ in },
    ]

    /// The oldest schema a step chain starts from.
    static let oldestSupported = 1

    /// `object` migrated from `version` to `LearnerProgress.currentSchemaVersion`.
    static func migrate(_ object: [String: JSONValue], from version: Int) -> [String: JSONValue] {
        var object = object
        for step in version..<LearnerProgress.currentSchemaVersion {
            steps[step]?(&object)
            object["schemaVersion"] = .integer(Int64(step + 1))
        }
        return object
    }
}
