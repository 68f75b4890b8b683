import Foundation

/// Hands a finished sync's action from the thread that ran it to the loop.
final class SyncMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var action: Action?

    func post(_ action: Action) { lock.withLock { self.action = action } }

    func take() -> Action? {
        lock.withLock {
            defer { action = nil }
            return action
        }
    }
}
