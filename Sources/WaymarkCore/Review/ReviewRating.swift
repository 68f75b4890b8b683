/// How well the learner recalled a review card, the four answers of FSRS.
/// The raw values are the words the command line and the progress file use.
public enum ReviewRating: String, Sendable, Codable, CaseIterable {
    case again
    case hard
    case good
    case easy

    /// FSRS's grade, 1 for Again to 4 for Easy: the formulas index weights and
    /// scale changes by it.
    public var grade: Int {
        switch self {
        case .again: return 1
        case .hard: return 2
        case .good: return 3
        case .easy: return 4
        }
    }
}
