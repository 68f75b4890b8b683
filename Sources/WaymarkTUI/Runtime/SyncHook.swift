import Foundation

/// How the view syncs, handed in by the `waymark` executable so that this module
/// builds without git or subprocess code. Each closure may block: the session
/// calls `run` on a thread of its own, never on the one that reads keys.
public struct SyncHook: Sendable {
    /// The remote now set, or nil.
    public var remote: @Sendable () -> String?
    /// When the last sync finished, or nil.
    public var lastSynced: @Sendable () -> Date?
    /// One whole sync: its one-line result, and whether it failed.
    public var run: @Sendable () -> (message: String, failed: Bool)

    public init(
        remote: @escaping @Sendable () -> String?, lastSynced: @escaping @Sendable () -> Date?,
        run: @escaping @Sendable () -> (message: String, failed: Bool)
    ) {
        self.remote = remote
        self.lastSynced = lastSynced
        self.run = run
    }
}
