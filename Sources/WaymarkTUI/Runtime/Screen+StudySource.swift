import WaymarkCore

extension Screen {
    /// What time on this screen counts as, for the study log; nil where it does not count.
    var studySource: StudyEntry.Source? {
        switch self {
        case .lesson: .reader
        case .calculator: .calculator
        case .review: .review
        default: nil
        }
    }
}
