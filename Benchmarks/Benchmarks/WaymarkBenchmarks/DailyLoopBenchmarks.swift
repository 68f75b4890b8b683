import Benchmark
import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Issue 16: a review log of 100,000 answers loads and saves within budget (load
/// under 150 ms, save under 100 ms, medians, fsync included), and the due queue
/// of 20,000 cards takes under 5 ms.
func dailyLoopBenchmarks() {
    // Loading as the app and every command do: the lock, the size check, read, decode.
    Benchmark(
        "Load progress with 100,000 reviews (store)",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(10), maxIterations: 100)
    ) { (_: Benchmark, directory: URL) in
        blackHole(try ProgressStore(directory: directory).load())
    } setup: {
        Scratch.remove("reviews-load")
        let store = ProgressStore(directory: Scratch.directory("reviews-load"))
        _ = try store.update { progress in
            progress = ReviewHistory.standard.progress
            return true
        }
        return store.directory
    } teardown: {
        Scratch.remove("reviews-load")
    }

    // What answering a card costs: one more review appended, the file written anew
    // (fsync of the file and of its directory), the old one kept as the backup.
    Benchmark(
        "Save progress with 100,000 reviews (one answer, fsync)",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(10), maxIterations: 100)
    ) { (benchmark: Benchmark, store: ProgressStore) in
        let iteration = benchmark.currentIteration
        let card = ReviewHistory.standard.deck[iteration % ReviewHistory.cardCount].id
        let record = ReviewLog.answer(
            card, .good, at: Scene.now.addingTimeInterval(Double(iteration)), after: nil)
        try store.apply([.answerReview(record)])
    } setup: {
        Scratch.remove("reviews-save")
        let store = ProgressStore(directory: Scratch.directory("reviews-save"))
        _ = try store.update { progress in
            progress = ReviewHistory.standard.progress
            return true
        }
        return store
    } teardown: {
        Scratch.remove("reviews-save")
    }

    Benchmark(
        "Encode progress with 100,000 reviews",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 100)
    ) { _, progress in
        blackHole(try ProgressCodec.encode(progress))
    } setup: {
        ReviewHistory.standard.progress
    }

    Benchmark(
        "Decode progress with 100,000 reviews",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 100)
    ) { _, bytes in
        blackHole(try ProgressCodec.decode(bytes, file: "progress.json"))
    } setup: {
        try ProgressCodec.encode(ReviewHistory.standard.progress)
    }

    // The Review screen's queue: the cards due now, most overdue first, from every
    // card's memory as the app keeps it (`ReviewMemories`, replayed once). Every
    // due entry is built (the agenda builds them only when read), so the figure
    // is the whole queue in hand, not just its order.
    Benchmark(
        "Due queue: 20,000 cards, 100,000 reviews",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 500)
    ) { (_: Benchmark, state: (history: ReviewHistory, memories: ReviewMemories)) in
        blackHole(
            ReviewAgenda(
                deck: state.history.deck, progress: state.history.progress, at: Scene.now,
                memories: state.memories.byCard
            ).due.map(\.card.id))
    } setup: {
        (ReviewHistory.standard, ReviewMemories(ReviewHistory.standard.progress.reviews))
    }

    // The same with the log replayed on every call, as the command line does once
    // and the app did on every frame before it kept the memories.
    Benchmark(
        "Due queue: 20,000 cards, 100,000 reviews, log replayed",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 200)
    ) { _, history in
        blackHole(ReviewAgenda(deck: history.deck, progress: history.progress, at: Scene.now).due)
    } setup: {
        ReviewHistory.standard
    }

    // Answering one card: the memories caught up with one record added to the log.
    Benchmark(
        "Review memories: one answer added to 100,000 reviews",
        configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 200)
    ) { (benchmark: Benchmark, state: (memories: ReviewMemories, longer: [ReviewRecord])) in
        var memories = state.memories
        for _ in benchmark.scaledIterations { memories.update(to: state.longer) }
        blackHole(memories)
    } setup: {
        let log = ReviewHistory.standard.progress.reviews
        let card = ReviewHistory.standard.deck[0].id
        let longer = log + [ReviewLog.answer(card, .good, at: Scene.now, after: nil)]
        return (ReviewMemories(log), longer)
    }

    // The Today screen's report, drawn on every frame while Today is on top, with
    // the memories kept, and with the log replayed as before.
    for replayed in [false, true] {
        Benchmark(
            "Today report: 20,000 cards, 100,000 reviews" + (replayed ? ", log replayed" : ""),
            configuration: .init(metrics: slowMetrics, maxDuration: .seconds(5), maxIterations: 500)
        ) { (_: Benchmark, state: (history: ReviewHistory, cardIDs: [String], memories: ReviewMemories)) in
            blackHole(
                TodayReport(
                    curriculum: BundledCurriculum.curriculum, progress: state.history.progress,
                    cardIDs: state.cardIDs, today: Scene.today, now: Scene.now, zone: .system,
                    memories: replayed ? nil : state.memories.byCard))
        } setup: {
            let history = ReviewHistory.standard
            return (history, history.deck.map(\.id), ReviewMemories(history.progress.reviews))
        }
    }
}

/// A learner far into the daily loop: 20,000 cards from 5,000 lessons, each card
/// answered five times some three weeks apart (mostly Good, some Again, Hard and
/// Easy), on foundation-builder. The same every run.
struct ReviewHistory: Sendable {
    static let cardCount = 20_000
    static let answersPerCard = 5
    static let startDay = Scene.today.adding(days: -200)

    let deck: [ReviewCard]
    let progress: LearnerProgress

    static let standard = ReviewHistory()

    private init() {
        let day = 86_400.0
        var deck: [ReviewCard] = []
        deck.reserveCapacity(Self.cardCount)
        var progress = LearnerProgress()
        progress.apply(.start(pathID: "foundation-builder", on: Self.startDay, restart: true))
        var records: [ReviewRecord] = []
        records.reserveCapacity(Self.cardCount * Self.answersPerCard)
        let ratings: [ReviewRating] = [.good, .good, .again, .good, .hard, .good, .easy, .good, .good]
        for index in 0..<Self.cardCount {
            let lessonID = "lesson-\(index / 4)"
            let check = SelfCheck(
                question: "Question \(index % 4) of \(lessonID): what does the quorum protect?",
                answer: "Overlap.", key: nil)
            let card = ReviewCard(lessonID: lessonID, check: check)
            deck.append(card)
            // First answers spread over 100 days ending 81 days ago; then every 20 days.
            var at = Scene.now.addingTimeInterval(-(181 - Double(index % 100)) * day + Double(index))
            if index % 4 == 0 { progress.lessonsRead[lessonID] = at.addingTimeInterval(-day) }
            var memory: CardMemory?
            for answer in 0..<Self.answersPerCard {
                let record = ReviewLog.answer(
                    card.id, ratings[(index + answer) % ratings.count], at: at, after: memory)
                memory = FSRSScheduler.review(memory, rating: record.rating, at: at)
                records.append(record)
                at = at.addingTimeInterval(20 * day)
            }
        }
        // The log is kept in the order answers were given.
        records.sort { $0.at < $1.at }
        progress.reviews = records
        self.deck = deck
        self.progress = progress
    }
}
