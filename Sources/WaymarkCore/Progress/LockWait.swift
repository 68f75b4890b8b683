/// How long a save waits for the progress lock that another instance holds, and
/// what cuts the wait short.
public struct LockWait: Sendable {
    public var timeout: Duration
    /// True once the learner asked to stop; checked between attempts. Nil: catch
    /// SIGINT for the length of the wait (the command line's case).
    public var isInterrupted: (@Sendable () -> Bool)?

    public init(timeout: Duration = .seconds(10), isInterrupted: (@Sendable () -> Bool)? = nil) {
        self.timeout = timeout
        self.isInterrupted = isInterrupted
    }
}
