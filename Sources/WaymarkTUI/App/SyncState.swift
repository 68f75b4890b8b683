import Foundation

/// What the view knows of `waymark sync`: where it syncs, when it last did, and
/// whether a sync is running now. nil in `AppContext` when the view was started
/// without a way to sync (tests, a build without git support).
public struct SyncState: Sendable, Equatable {
    /// The remote set with `waymark sync --remote`, or nil when none is.
    public var remote: String?
    public var lastSynced: Date?
    public var isRunning = false

    public init(remote: String?, lastSynced: Date?, isRunning: Bool = false) {
        self.remote = remote
        self.lastSynced = lastSynced
        self.isRunning = isRunning
    }

    /// For the header: "syncing…", "synced 5 min ago", "not synced yet"; nil when no
    /// remote is set (the header then keeps its room for the course).
    func label(now: Date) -> String? {
        if isRunning { return "syncing…" }
        guard remote != nil else { return nil }
        guard let lastSynced else { return "not synced yet" }
        let minutes = max(0, Int(now.timeIntervalSince(lastSynced) / 60))
        switch minutes {
        case 0: return "synced just now"
        case 1..<60: return "synced \(minutes) min ago"
        case 60..<(48 * 60): return "synced \(minutes / 60) h ago"
        default: return "synced \(minutes / (24 * 60)) days ago"
        }
    }
}
