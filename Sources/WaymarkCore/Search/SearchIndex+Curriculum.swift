import WaymarkCurriculum

extension SearchIndex {
    /// Every lesson, pattern card, recipe, cheat sheet and glossary term of a course.
    /// Reads each body from the curriculum's files: call it off the input path (the
    /// view builds it the first time search opens, not at start-up).
    public init(curriculum: Curriculum) {
        var documents: [SearchDocument] = []
        for lesson in curriculum.lessons.values.sorted(by: { $0.id < $1.id }) {
            let body = (try? curriculum.lessonBody(id: lesson.id)) ?? ""
            documents.append(SearchDocument(kind: .lesson, id: lesson.id, title: lesson.title, body: body))
        }
        let shelf = curriculum.reference
        for pattern in shelf.patterns {
            let body = (try? curriculum.body(ofFile: pattern.file)) ?? ""
            documents.append(
                SearchDocument(kind: .pattern, id: pattern.id, title: pattern.name, body: pattern.summary + "\n" + body)
            )
        }
        for (kind, cards) in [(SearchDocument.Kind.recipe, shelf.recipes), (.cheatSheet, shelf.cheatSheets)] {
            for card in cards {
                let body = (try? curriculum.body(ofFile: card.file)) ?? ""
                documents.append(SearchDocument(kind: kind, id: card.id, title: card.title, body: body))
            }
        }
        for term in shelf.glossary {
            documents.append(SearchDocument(kind: .glossary, id: term.term, title: term.term, body: term.definition))
        }
        self.init(documents: documents)
    }
}
