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
            let latest = app.progress.criteria[criterion.id]?.ratings.last
            return [
                .overlay(
                    .noteEditor(
                        NoteEditor(
                            target: .criterionEvidence(criterion.id, latest?.rating ?? .notYet),
                            prompt: "Evidence for “\(criterion.text)”", text: latest?.note ?? "")))
            ]
        default:
            return []
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: app.path(criteriaPathID)?.successCriteria.count ?? 0)
    }
}
