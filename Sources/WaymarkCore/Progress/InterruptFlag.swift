import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C while a command waits for the progress lock. Only during that wait is
/// SIGINT caught, so the wait ends before anything is applied: neither killed at a
/// random point nor swallowed by a retry. The interactive view has handlers of its
/// own and passes its own check to the store instead.
enum InterruptFlag {
    private static let raised = Atomic<Int32>(0)

    /// Whether SIGINT arrived while `catching` ran.
    static func isSet() -> Bool { raised.load(ordering: .relaxed) != 0 }

    /// Runs `body` with SIGINT caught into the flag, then puts the previous handler
    /// back. The flag is cleared first, so an old Ctrl-C does not abort a new wait.
    static func catching<Value>(_ body: () -> Value) -> Value {
        raised.store(0, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptFlag.raised.store(1, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        defer { sigaction(SIGINT, &previous, nil) }
        return body()
    }
}
