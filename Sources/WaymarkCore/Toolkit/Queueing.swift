import Foundation

/// The M/M/c queue: Poisson arrivals at rate λ, exponential service at rate μ per
/// server, c servers sharing one queue. M/M/1 is c = 1. Stable only while the
/// servers can keep up, ρ = λ / (cμ) < 1; past that there are no averages to give.
public enum Queueing {
    /// The long-run averages of a stable queue, in seconds and counts.
    public struct Metrics: Sendable, Equatable {
        public var utilization: Double
        public var probabilityOfWaiting: Double
        public var meanWait: Double
        public var meanResponse: Double
        public var meanQueueLength: Double
        public var meanItemsInSystem: Double
    }

    /// The chance an arrival must wait (Erlang C) with `servers` and an offered load
    /// of `offeredLoad` = λ/μ erlangs, which must be below `servers`. Computed through
    /// the Erlang B recursion, which stays accurate for thousands of servers where
    /// the textbook sum of factorials overflows.
    public static func erlangC(servers: Int, offeredLoad: Double) -> Double {
        var blocking = 1.0
        for count in 1...max(1, servers) {
            blocking = offeredLoad * blocking / (Double(count) + offeredLoad * blocking)
        }
        let c = Double(servers)
        return c * blocking / (c - offeredLoad * (1 - blocking))
    }

    /// The averages, or nil when the queue is unstable (ρ ≥ 1).
    public static func metrics(arrivalRate: Double, serviceRate: Double, servers: Int) -> Metrics? {
        let capacity = Double(servers) * serviceRate
        guard arrivalRate < capacity else { return nil }
        let waiting = erlangC(servers: servers, offeredLoad: arrivalRate / serviceRate)
        let meanWait = waiting / (capacity - arrivalRate)
        let meanResponse = meanWait + 1 / serviceRate
        return Metrics(
            utilization: arrivalRate / capacity, probabilityOfWaiting: waiting, meanWait: meanWait,
            meanResponse: meanResponse, meanQueueLength: arrivalRate * meanWait,
            meanItemsInSystem: arrivalRate * meanResponse)
    }

    /// The `percentile` (0 to 100) of M/M/1 response time. Served first come, first
    /// served, the time in system is exponential with rate μ − λ, so its p-th
    /// percentile is −ln(1 − p/100) / (μ − λ).
    public static func responsePercentile(_ percentile: Double, arrivalRate: Double, serviceRate: Double) -> Double {
        -log1p(-percentile / 100) / (serviceRate - arrivalRate)
    }
}
