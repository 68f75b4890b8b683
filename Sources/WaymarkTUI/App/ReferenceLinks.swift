import WaymarkCore
import WaymarkCurriculum

/// Where a link to something in the course leads: search results open things by
/// kind and id through here.
enum ReferenceLinks {
    static func outcomes(opening kind: SearchDocument.Kind, id: String, _ app: AppContext) -> [Outcome] {
        let shelf = app.curriculum.reference
        switch kind {
        case .lesson:
            return LessonScreen.open(id, in: [id], app)
        case .pattern:
            return PatternCardScreen.open(id, in: PatternCatalogScreen.order(app).map(\.id), app)
        case .recipe, .cheatSheet:
            let cardKind: ReferenceCardKind = kind == .recipe ? .recipe : .cheatSheet
            let cards = cardKind.cards(app)
            guard let index = cards.firstIndex(where: { $0.id == id }) else { return [] }
            return DocumentScreen.open(cardKind, cards: cards, index: index, app)
        case .glossary:
            // A term opens the glossary on it.
            guard let index = shelf.glossary.firstIndex(where: { $0.term == id }) else { return [] }
            return [.push(.glossary(GlossaryScreen(cursor: index)))]
        }
    }
}
