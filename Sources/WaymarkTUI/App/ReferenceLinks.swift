import WaymarkCore
import WaymarkCurriculum

/// Where a link to something in the course leads: search results, glossary entries
/// and cards all open things by kind and id through here.
enum ReferenceLinks {
    static func outcomes(opening kind: SearchDocument.Kind, id: String, _ app: AppContext) -> [Outcome] {
        switch kind {
        case .lesson:
            return LessonScreen.open(id, in: [id], app)
        case .glossary:
            guard let term = app.curriculum.reference.term(id) else { return [] }
            return [.message("\(term.term): \(term.definition)", isError: false)]
        case .pattern, .recipe, .cheatSheet:
            return [.message("Open it from the Library (L).", isError: false)]
        }
    }
}
