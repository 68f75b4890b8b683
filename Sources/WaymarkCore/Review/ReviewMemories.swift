import Foundation

/// Every card's memory (see `ReviewLog.memories`), kept up to date as the log
/// grows. Replaying a log of 100,000 answers takes tens of milliseconds, too long
/// for every frame of Today or every answer in Review; answering a card only adds
/// records at the end of the log, and those are replayed on their own.
public struct ReviewMemories: Sendable {
    /// Card id -> its memory after every answer in the log.
    public private(set) var byCard: [String: CardMemory]
    /// The log `byCard` was replayed from. Holding it costs one reference; an
    /// unchanged log is then told from a changed one by its buffer.
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
        // The same buffer: nothing changed, as on most edits that are not answers.
        let unchanged = newLog.withUnsafeBufferPointer { new in
            log.withUnsafeBufferPointer { $0.baseAddress == new.baseAddress && $0.count == new.count }
        }
        if unchanged { return }
        defer { log = newLog }
        // Only the card, the time and the rating of an answer go into a memory:
        // comparing those, rather than whole records, keeps catching up with one
        // answer in a log of 100,000 to about a millisecond.
        guard newLog.count >= log.count, zip(newLog, log).allSatisfy(Self.replaysAlike) else {
            byCard = ReviewLog.memories(newLog)
            return
        }
        // In place: a record out of order throws the partial result away.
        if newLog.count == log.count { return }
        for record in newLog[log.count...] {
            let memory = byCard[record.card]
            if let memory, record.at < memory.lastReview {
                byCard = ReviewLog.memories(newLog)
                return
            }
            byCard[record.card] = FSRSScheduler.review(memory, rating: record.rating, at: record.at)
        }
    }

    private static func replaysAlike(_ pair: (ReviewRecord, ReviewRecord)) -> Bool {
        pair.0.card == pair.1.card && pair.0.at == pair.1.at && pair.0.rating == pair.1.rating
    }
}
