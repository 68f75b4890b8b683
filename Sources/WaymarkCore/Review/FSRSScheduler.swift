import Foundation

/// FSRS-6 spaced-repetition scheduling, as a pure function of a card's memory, a
/// rating and the time of the review.
///
/// It follows py-fsrs 6.x (`fsrs/scheduler.py` of open-spaced-repetition/py-fsrs)
/// configured the way Waymark reviews: the default FSRS-6 weights, desired retention
/// 0.9, a maximum interval of 36500 days, no fuzzing, and no learning or relearning
/// steps. Without steps a new card goes straight to review, and Again schedules the
/// card by its new stability (at least a day) rather than minutes later.
/// `Tests/WaymarkCoreTests/Fixtures/fsrs-reference.json`, written by
/// `scripts/fsrs-fixture` from py-fsrs 6.3.2, checks that every due date matches and
/// every stability and difficulty agrees to 1e-6.
///
/// Time is counted the way py-fsrs counts it: elapsed time is the number of whole
/// 24-hour periods since the last review (Python's `timedelta.days`), not calendar
/// days in any zone, and intervals are whole 24-hour periods added to the review's
/// instant. Under 24 hours since the last review is a same-day review, which changes
/// stability by FSRS-6's short-term formula (weights w17 to w19).
public enum FSRSScheduler {
    /// The default FSRS-6 weights w0 to w20, as `DEFAULT_PARAMETERS` of py-fsrs 6.x.
    public static let weights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    /// The probability of recall at which a card falls due.
    public static let desiredRetention = 0.9
    /// The longest interval, in days: a hundred years.
    public static let maximumInterval = 36_500
    /// The floor py-fsrs puts under every stability (`STABILITY_MIN`).
    static let minimumStability = 0.001
    static let minimumDifficulty = 1.0
    static let maximumDifficulty = 10.0

    static let secondsPerDay = 86_400.0
    /// `math.e` in Python. py-fsrs raises it with `**`, which is C's `pow`, so `pow`
    /// is used here too rather than `exp`, which may differ in the last bit.
    static let e = 2.718281828459045
    /// FSRS-6's forgetting curve: R(t) = (1 + factor * t / S) ^ decay, where the
    /// decay is the weight w20 and the factor makes R(S) = 0.9.
    static let decay = -weights[20]
    static let factor = pow(0.9, 1 / decay) - 1

    /// The card's memory after the learner rated it at `now`. `memory` is nil for a
    /// card never reviewed: its first rating sets the initial stability and difficulty.
    ///
    /// If the clock went backwards (`now` before the last review), the elapsed time
    /// counts as 0, a same-day review, and the new interval counts from the last
    /// review rather than from `now`, so the card is never due before a time it has
    /// already seen, and its memory never moves back in time. When time runs forward
    /// this is exactly py-fsrs. A stored memory that is not a number (a damaged file)
    /// is started over from this rating instead of spreading NaN.
    public static func review(_ memory: CardMemory?, rating: ReviewRating, at now: Date) -> CardMemory {
        guard let memory, memory.stability.isFinite, memory.difficulty.isFinite else {
            let stability = initialStability(rating)
            return CardMemory(
                stability: stability,
                difficulty: clampDifficulty(initialDifficulty(rating)),
                due: now.addingTimeInterval(intervalDays(stability: stability) * secondsPerDay),
                lastReview: now,
                reps: increment(memory?.reps ?? 0),
                lapses: memory?.lapses ?? 0
            )
        }
        // py-fsrs never stores values outside these bounds; a hand-edited file might.
        let stability = max(memory.stability, minimumStability)
        let difficulty = clampDifficulty(memory.difficulty)
        let days = elapsedDays(from: memory.lastReview, to: now)

        let newStability: Double
        // Under 24 hours, or a clock gone backwards (counted as 0 days): same-day.
        if days < 1 {
            newStability = shortTermStability(stability, rating: rating)
        } else {
            let recall = retrievability(stability: stability, elapsedDays: days)
            newStability = nextStability(stability, difficulty: difficulty, retrievability: recall, rating: rating)
        }
        let anchor = max(now, memory.lastReview)
        return CardMemory(
            stability: newStability,
            difficulty: nextDifficulty(difficulty, rating: rating),
            due: anchor.addingTimeInterval(intervalDays(stability: newStability) * secondsPerDay),
            lastReview: anchor,
            reps: increment(memory.reps),
            lapses: rating == .again ? increment(memory.lapses) : memory.lapses
        )
    }

    /// The probability that the learner recalls the card at `now`, by the forgetting
    /// curve over whole days elapsed (py-fsrs's `get_card_retrievability`).
    public static func retrievability(of memory: CardMemory, at now: Date) -> Double {
        retrievability(
            stability: max(memory.stability, minimumStability),
            elapsedDays: elapsedDays(from: memory.lastReview, to: now))
    }

    // MARK: - The formulas, in py-fsrs's order of operations

    /// Whole 24-hour periods from `start` to `end`, as Python's `timedelta.days`
    /// gives them: rounded down, so 23 hours is 0 and 47 hours is 1. An `end` before
    /// `start` (a clock gone backwards) gives 0, never a negative count; py-fsrs
    /// would give -1 or less, which it also treats as a same-day review. Kept as a
    /// Double because the formulas use it as one, and a far-off date cannot
    /// overflow an integer.
    static func elapsedDays(from start: Date, to end: Date) -> Double {
        let seconds = end.timeIntervalSince(start)
        return seconds > 0 ? (seconds / secondsPerDay).rounded(.down) : 0
    }

    static func retrievability(stability: Double, elapsedDays: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    static func initialStability(_ rating: ReviewRating) -> Double {
        max(weights[rating.grade - 1], minimumStability)
    }

    /// Unclamped, because the mean reversion in `nextDifficulty` reverts towards the
    /// unclamped initial difficulty of Easy, as py-fsrs does.
    static func initialDifficulty(_ rating: ReviewRating) -> Double {
        weights[4] - pow(e, weights[5] * Double(rating.grade - 1)) + 1
    }

    static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, minimumDifficulty), maximumDifficulty)
    }

    /// A step of -w6 * (grade - 3), damped linearly as difficulty nears 10, then
    /// pulled by w7 towards the initial difficulty of Easy.
    static func nextDifficulty(_ difficulty: Double, rating: ReviewRating) -> Double {
        let delta = -(weights[6] * Double(rating.grade - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = weights[7] * initialDifficulty(.easy) + (1 - weights[7]) * damped
        return clampDifficulty(reverted)
    }

    static func nextStability(
        _ stability: Double, difficulty: Double, retrievability: Double, rating: ReviewRating
    ) -> Double {
        let next: Double
        if rating == .again {
            next = stabilityAfterForgetting(stability, difficulty: difficulty, retrievability: retrievability)
        } else {
            next = stabilityAfterRecall(
                stability, difficulty: difficulty, retrievability: retrievability, rating: rating)
        }
        return max(next, minimumStability)
    }

    static func stabilityAfterRecall(
        _ stability: Double, difficulty: Double, retrievability: Double, rating: ReviewRating
    ) -> Double {
        let hardPenalty = rating == .hard ? weights[15] : 1
        let easyBonus = rating == .easy ? weights[16] : 1
        return stability
            * (1 + pow(e, weights[8]) * (11 - difficulty) * pow(stability, -weights[9])
                * (pow(e, (1 - retrievability) * weights[10]) - 1) * hardPenalty * easyBonus)
    }

    /// The long-term formula, capped at the stability divided by e^(w17 * w18) as
    /// FSRS-6 does, so that a lapse always lowers stability.
    static func stabilityAfterForgetting(_ stability: Double, difficulty: Double, retrievability: Double) -> Double {
        let longTerm =
            weights[11] * pow(difficulty, -weights[12]) * (pow(stability + 1, weights[13]) - 1)
            * pow(e, (1 - retrievability) * weights[14])
        let shortTerm = stability / pow(e, weights[17] * weights[18])
        return min(longTerm, shortTerm)
    }

    /// FSRS-6's same-day change. Hard, Good and Easy never lower stability; Again can.
    static func shortTermStability(_ stability: Double, rating: ReviewRating) -> Double {
        var increase = pow(e, weights[17] * (Double(rating.grade - 3) + weights[18])) * pow(stability, -weights[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return max(stability * increase, minimumStability)
    }

    /// The interval in whole days at which recall falls to the desired retention:
    /// rounded half to even, because py-fsrs uses Python's `round`, then at least
    /// 1 and at most `maximumInterval`. Returned as a Double of whole days so that an
    /// enormous or non-finite stability clamps instead of trapping in an Int
    /// conversion; rounding and clamping to whole-number bounds commute, so the
    /// order does not change the result.
    static func intervalDays(stability: Double) -> Double {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        guard !days.isNaN else { return 1 }
        return min(max(days.rounded(.toNearestOrEven), 1), Double(maximumInterval))
    }

    private static func increment(_ count: Int) -> Int {
        count == .max ? count : count + 1
    }
}
