import WaymarkCore
import WaymarkCurriculum

extension GlossaryScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let terms = Self.terms(app)
        if cursor.move(command, count: terms.count, page: ListCursor.page(app)) { return [] }
        guard command == .open, terms.indices.contains(cursor.index) else { return [] }
        let term = terms[cursor.index]
        guard let target = term.see.first else {
            return [.message("'\(term.term)' links to no lesson or pattern.", isError: false)]
        }
        if app.curriculum.reference.pattern(id: target) != nil {
            return PatternCardScreen.open(target, in: PatternCatalogScreen.order(app).map(\.id), app)
        }
        guard app.curriculum.lessons[target] != nil else {
            return [.message("There is no lesson or pattern '\(target)' in this course.", isError: true)]
        }
        // ] and [ in the reader then walk the term's other lessons.
        return LessonScreen.open(target, in: term.see.filter { app.curriculum.lessons[$0] != nil }, app)
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: app.curriculum.reference.glossary.count)
        if layout?.width != app.width { layout = (app.width, Self.entries(app, width: app.width)) }
    }
}
