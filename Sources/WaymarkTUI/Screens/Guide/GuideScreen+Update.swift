import WaymarkCore

extension GuideScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let rows = Self.rows(app)
        if cursor.move(command, count: rows.count, page: ListCursor.page(app)) { return [] }
        if command == .onboarding { return [.push(.onboarding(OnboardingScreen(isReopened: true)))] }
        guard command == .open, rows.indices.contains(cursor.index), let action = rows[cursor.index].action else {
            return []
        }
        switch action {
        case .order(let id):
            return [.push(.readingOrder(ReadingOrderScreen(orderID: id)))]
        case .navigate(let destination):
            return Self.outcomes(opening: destination, app)
        case .togglePredict:
            let on = !(app.progress.onboarding?.asksForPredictions ?? true)
            let text = on ? "The reader asks for a prediction before each new lesson." : "No more Predict prompts."
            return [.change(.setPredictPrompts(on)), .message(text, isError: false)]
        }
    }

    /// Each quick-navigation row opens the screen that holds its target.
    static func outcomes(opening destination: QuickNavigation.Destination, _ app: AppContext) -> [Outcome] {
        switch destination {
        case .patternCatalog: [.push(.catalog(PatternCatalogScreen()))]
        case .lesson(let id): LessonScreen.open(id, in: [id], app)
        case .patternSelector: [.push(.selector(PatternSelectorScreen()))]
        case .calculators: [.push(.calculators(CalculatorsScreen()))]
        // The lesson list by tag groups the case studies together.
        case .caseStudies: [.push(.lessons(LessonsScreen(grouping: .tag)))]
        }
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: Self.rows(app).count)
    }
}
