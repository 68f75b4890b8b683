import WaymarkCore
import WaymarkCurriculum

extension CriteriaScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let count = app.path(criteriaPathID)?.successCriteria.count ?? 0
        if cursor.move(command, count: count, page: ListCursor.page(app)) { return [] }
        switch command {
        case .rate(let rating):
            guard let criterion = selectedCriterion(app) else { return [] }
            return [
                .change(.rate(criterionID: criterion.id, rating, note: nil, at: app.now)),
                .message("Rated \(rating.label). Press n to add evidence.", isError: false),
            ]
        case .editNote:
            guard let criterion = selectedCriterion(app) else { return [] }
            guard let latest = app.progress.criteria[criterion.id]?.ratings.last else {
                return [.message("Rate it first (1, 2 or 3); evidence belongs to a rating.", isError: false)]
            }
            return [
                .overlay(
                    .noteEditor(
                        NoteEditor(
                            target: .criterionEvidence(criterion.id),
                            prompt: "Evidence for “\(criterion.text)” (\(latest.rating.label))", text: latest.note ?? ""
                        )))
            ]
        case .undoRating:
            guard let criterion = selectedCriterion(app),
                let latest = app.progress.criteria[criterion.id]?.ratings.last
            else { return [.message("Nothing to undo: no rating yet.", isError: false)] }
            let day = Day(latest.at, in: app.timeZone)
            return [
                .change(.removeRating(criterionID: criterion.id, ratedAt: latest.at)),
                .message("Took back the rating “\(latest.rating.label)” of \(day).", isError: false),
            ]
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: app.path(criteriaPathID)?.successCriteria.count ?? 0)
    }
}
