import Foundation

/// Every card's memory (see `ReviewLog.memories`), kept up to date as the log
/// grows. Replaying a log of 100,000 answers takes tens of milliseconds, too long
/// for every frame of Today or every answer in Review; answering a card only adds
/// records at the end of the log, and those are replayed on their own.
public struct ReviewMemories: Sendable {
    /// Card id -> its memory after every answer in the log.
    public private(set) var byCard: [String: CardMemory]
    /// The log `byCard` was replayed from. Holding it costs one reference; telling
    /// an unchanged log from a changed one is then a comparison of buffers.
    private var log: [ReviewRecord]

    public init(_ log: [ReviewRecord]) {
        byCard = ReviewLog.memories(log)
        self.log = log
    }

    /// Brings the memories up to `newLog`. When `newLog` is the old log with
    /// answers added at the end, each given no earlier than its card's last review,
    /// those answers are replayed on top: the order a full replay would put them
    /// in, so the memories come out the same. Anything else (a file merged from
    /// another machine, a clock gone backwards) is replayed in full.
    public mutating func update(to newLog: [ReviewRecord]) {
        if newLog == log { return }
        defer { log = newLog }
        guard newLog.count > log.count, newLog[..<log.count].elementsEqual(log) else {
            byCard = ReviewLog.memories(newLog)
            return
        }
        // In place: a record out of order throws the partial result away.
        for record in newLog[log.count...] {
            let memory = byCard[record.card]
            if let memory, record.at < memory.lastReview {
                byCard = ReviewLog.memories(newLog)
                return
            }
            byCard[record.card] = FSRSScheduler.review(memory, rating: record.rating, at: record.at)
        }
    }
}
